# A Pool's map of twelve items on two workers whose jobs may raise: CPython's chunks are two items each,
# a chunk stopping at its first failure; weft refuses it and says to pass chunksize=1.
from multiprocessing import Pool


def inverse(x):
    return 100 // x


if __name__ == "__main__":
    with Pool(2) as pool:
        try:
            total = sum(pool.map(inverse, [5, 4, 3, 2, 1, 0, 1, 2, 3, 4, 5, 6]))
        except ZeroDivisionError:
            total = -1
    print(total)
