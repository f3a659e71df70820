"""starmap over pairs of arguments."""
from multiprocessing import Pool

sums = []


def add(a, b):
    return a + b


if __name__ == "__main__":
    with Pool(2) as pool:
        sums = pool.starmap(add, [(1, 2), (3, 4), (5, 6)])
    assert sums == [3, 7, 11]
