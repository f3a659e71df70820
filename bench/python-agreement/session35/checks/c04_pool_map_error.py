"""multiprocessing.Pool.map with one item raising IndexError: map raises it in the parent."""
from multiprocessing import Pool

SIZES = [4, 5]
outcome = ""
total = 0


def size_of(i):
    return SIZES[i]


if __name__ == "__main__":
    with Pool(2) as pool:
        try:
            total = sum(pool.map(size_of, [0, 1, 2]))
            outcome = "ok"
        except IndexError:
            outcome = "IndexError"
    print(outcome, total)
