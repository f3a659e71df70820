"""An executor's jobs return `any(...)` / `all(...)` of a generator after an early return.

`return all(n % d for d in range(2, n))` is the loop Python's `all` runs, on a line of its own."""
from concurrent.futures import ThreadPoolExecutor


def is_prime(n):
    if n < 2:
        return False
    return all(n % d for d in range(2, n))


def has_small_factor(n):
    if n % 2 == 0:
        return True
    return any(n % d == 0 for d in (3, 5, 7))


with ThreadPoolExecutor(max_workers=2) as pool:
    primes = list(pool.map(is_prime, range(12)))
    factored = list(pool.map(has_small_factor, [9, 11, 14, 13]))
print(primes, factored)
