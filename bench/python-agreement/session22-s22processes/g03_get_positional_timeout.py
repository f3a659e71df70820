# `get(2)`: the time-out given by position; the job is quick, so its value.
from multiprocessing import Pool


def double(n):
    return 2 * n


if __name__ == "__main__":
    with Pool(2) as pool:
        first = pool.apply_async(double, (21,))
        value = first.get(2)
