"""A Pool job counts remainders in a local dict with `counts.get(k, 0) + 1` and returns the number of keys: the guarded read cannot raise, so `pool.map` imports (session17-calls/c04's form)."""
import multiprocessing


def distinct(n):
    counts = {}
    for i in range(n):
        counts[i % 3] = counts.get(i % 3, 0) + 1
    return len(counts)


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        sizes = pool.map(distinct, [1, 2, 5, 4])
    total = sum(sizes)
    print(total)
