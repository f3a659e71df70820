# ProcessPoolExecutor counting primes in ranges; results are combined in the parent.
from concurrent.futures import ProcessPoolExecutor

STARTS = [0, 50, 100]
WIDTH = 50


def is_prime(n):
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d += 1
    return True


def count_primes(low):
    count = 0
    for n in range(low, low + WIDTH):
        if is_prime(n):
            count += 1
    return count


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as pool:
        counts = list(pool.map(count_primes, STARTS))
    total_primes = sum(counts)
    assert total_primes == 35
