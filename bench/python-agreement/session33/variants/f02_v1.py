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


def primes_in(bounds):
    low, high = bounds
    return sum(1 for n in range(low, high) if is_prime(n))


def chunks(limit, size):
    return [(start, min(start + size, limit)) for start in range(0, limit, size)]


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as pool:
        parts = list(pool.map(primes_in, chunks(60, 20)))
    print("per chunk", parts, "count", sum(parts))
