# check: Pool.imap_unordered yields results as workers finish them
from multiprocessing import Pool
import time

out = []


def slow_square(x):
    time.sleep(0.02 if x == 0 else 0.001)
    return x * x


if __name__ == "__main__":
    with Pool(2) as pool:
        for v in pool.imap_unordered(slow_square, [0, 1, 2]):
            out.append(v)
