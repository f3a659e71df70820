# A prime sieve split across a process pool: each job counts the primes in its segment of [2, 2000)
# VARIANT: the map's results taken whole with list() inside the with (29:9)
# by trial division; the parent sums the counts and keeps the largest prime seen.
from concurrent.futures import ProcessPoolExecutor


def is_prime(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True


def segment(bounds):
    low, high = bounds
    primes = [n for n in range(low, high) if is_prime(n)]
    return len(primes), (primes[-1] if primes else 0)


SEGMENTS = [(2, 500), (500, 1000), (1000, 1500), (1500, 2000)]
prime_count = 0
largest = 0

if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(segment, SEGMENTS))
    for count, biggest in results:
        prime_count += count
        largest = max(largest, biggest)
    print(f"prime_count={prime_count} largest={largest}")
