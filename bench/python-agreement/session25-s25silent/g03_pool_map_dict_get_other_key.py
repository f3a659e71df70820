"""A Pool job reads `counts.get(n % 2, 0)` and then `counts[n]` unguarded: only the first read is guarded, the job may still raise KeyError, refused."""
import multiprocessing


def tally(n):
    counts = {0: 0}
    counts[n % 2] = counts.get(n % 2, 0) + 1
    return counts[n]


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        values = pool.map(tally, [0, 1, 2])
    print(len(values))
