# check: Pool.map keeps the order of its inputs; starmap too
from multiprocessing import Pool

out = []


def double(x):
    return x * 2


def add(a, b):
    return a + b


if __name__ == "__main__":
    with Pool(2) as pool:
        out.extend(pool.map(double, [3, 1, 2]))
        out.extend(pool.starmap(add, [(1, 2), (3, 4)]))
