"""Tuples returned by one map are the items of the next: each job gets its own copy of an immutable tuple."""
from multiprocessing import Pool


def pair(n):
    return (n, n * n)


def describe(item):
    n, square = item
    return f"{n}^2={square}"


if __name__ == "__main__":
    with Pool(processes=2) as pool:
        pairs = pool.map(pair, range(4))
        described = pool.map(describe, pairs)
    print(described)
