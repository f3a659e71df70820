"""A Pool job reads `table[n]` for a key that may be missing (KeyError for 4): CPython's `map` re-raises the first failure in time (uncaught here), so the form stays refused."""
import multiprocessing


def name(n):
    table = {1: "one", 2: "two"}
    return table[n]


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        names = pool.map(name, [1, 4, 2])
    print(len(names))
