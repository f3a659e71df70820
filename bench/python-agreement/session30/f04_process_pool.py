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
    low, high = bounds
    return sum(1 for n in range(low, high) if is_prime(n))


def split(limit, parts):
    step = limit // parts
    return [(i * step, (i + 1) * step) for i in range(parts)]


def main():
    chunks = split(2000, 4)
    with ProcessPoolExecutor(max_workers=2) as pool:
        counts = list(pool.map(count_primes, chunks))
    print("chunks:", chunks)
    print("counts:", counts, "total:", sum(counts))


if __name__ == "__main__":
    main()
