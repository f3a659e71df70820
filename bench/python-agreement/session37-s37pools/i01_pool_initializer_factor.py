# A multiprocessing Pool whose initializer sets a module global in each worker; the jobs read it.
# The main process's own FACTOR stays None.
from multiprocessing import Pool

FACTOR = None


def setup(factor):
    global FACTOR
    FACTOR = factor


def scale(x):
    return x * FACTOR


if __name__ == "__main__":
    with Pool(processes=2, initializer=setup, initargs=(3,)) as pool:
        scaled = pool.map(scale, [1, 2, 3, 4])
    print(scaled, FACTOR)
    assert scaled == [3, 6, 9, 12] and FACTOR is None
