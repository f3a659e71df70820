# f04 with chunksize=1: every chunk one item, so the first failure in time is the one raised (one
# failure here: ZeroDivisionError, caught).
from multiprocessing import Pool


def inverse(x):
    return 100 // x


if __name__ == "__main__":
    with Pool(2) as pool:
        try:
            total = sum(pool.map(inverse, [5, 4, 3, 2, 1, 0, 1, 2, 3, 4, 5, 6], chunksize=1))
        except ZeroDivisionError:
            total = -1
    print(total)
