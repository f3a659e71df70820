# no bug: ProcessPoolExecutor counts primes in ranges and the parent adds them up
from concurrent.futures import ProcessPoolExecutor


def is_prime(n: int) -> bool:
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d += 1
    return True


def count_primes(bounds):
    low, high = bounds
    return sum(1 for n in range(low, high) if is_prime(n))


if __name__ == "__main__":
    chunks = [(0, 25), (25, 50), (50, 75), (75, 100)]
    with ProcessPoolExecutor(max_workers=2) as executor:
        counts = list(executor.map(count_primes, [0, 25, 50, 75]))
    total = sum(counts)
    print(f"counts per chunk: {counts}, total primes below 100: {total}")
    assert total == 25
