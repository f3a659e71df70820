# Pool.imap_unordered yields results as they finish; a slow first job comes last
import time
from multiprocessing import Pool


def work(n):
    time.sleep(0.03 if n == 0 else 0.001)
    return n


if __name__ == "__main__":
    with Pool(2) as pool:
        order = list(pool.imap_unordered(work, range(3)))
    print(order)
