# Prime counting: ranges are counted in a ProcessPoolExecutor and summed. Bug: none.
from concurrent.futures import ProcessPoolExecutor

ranges = [(2, 200), (200, 400), (400, 600)]
counts = []
total = 0


def is_prime(n):
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d += 1
    return True


def count_range(bounds):
    lo, hi = bounds
    return sum(1 for n in range(lo, hi) if is_prime(n))


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as pool:
        counts = list(pool.map(count_range, ranges))
    total = sum(counts)
    print(f"counts={counts} total={total}")
