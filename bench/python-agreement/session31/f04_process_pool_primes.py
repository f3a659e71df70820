# ProcessPoolExecutor: count primes in ranges in separate processes, then combine in the parent
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


def count_primes(bounds):
    lo, hi = bounds
    return sum(1 for n in range(lo, hi) if is_prime(n))


def chunks(limit, parts):
    step = limit // parts
    return [(k * step, (k + 1) * step if k < parts - 1 else limit) for k in range(parts)]


if __name__ == "__main__":
    ranges = chunks(200, 4)
    with ProcessPoolExecutor(max_workers=2) as pool:
        counts = list(pool.map(count_primes, ranges))
    total = sum(counts)
    print("ranges:", ranges)
    print("counts:", counts, "total:", total)
