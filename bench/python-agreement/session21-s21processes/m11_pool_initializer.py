"""A pool whose initializer sets each worker process's offset, used by every job."""
from multiprocessing import Pool

offset = 0
results = []


def setup(value):
    global offset
    offset = value


def shifted(n):
    return n + offset


if __name__ == "__main__":
    with Pool(2, initializer=setup, initargs=(100,)) as pool:
        results = pool.map(shifted, [1, 2, 3])
    assert results == [101, 102, 103]
