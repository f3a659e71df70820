# ProcessPoolExecutor counting primes in ranges; results are combined in the parent.
from concurrent.futures import ProcessPoolExecutor

RANGES = [(2, 50), (50, 100), (100, 150)]


def is_prime(n):
    if n < 2:
        return False
    for d in range(2, int(n ** 0.5) + 1):
        if n % d == 0:
            return False
    return True


def count_primes(bounds):
    low, high = bounds
    return sum(1 for n in range(low, high) if is_prime(n))


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as pool:
        counts = list(pool.map(count_primes, RANGES))
    total_primes = sum(counts)
    assert total_primes == 35
