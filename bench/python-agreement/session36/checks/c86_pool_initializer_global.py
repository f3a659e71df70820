"""A Pool initializer sets a worker global that every job reads."""
from multiprocessing import Pool

factor = 1


def init(f):
    global factor
    factor = f


def scale(x):
    return x * factor


if __name__ == "__main__":
    with Pool(processes=2, initializer=init, initargs=(10,)) as pool:
        scaled = pool.map(scale, [1, 2, 3])
    print(scaled, factor)
