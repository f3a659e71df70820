# Pool.apply_async(callback=) with close() and join(): callbacks run in the pool's result thread in finish order
from multiprocessing import Pool
import time

arrivals = []


def work(n):
    time.sleep(0.01 * (3 - n))
    return n * 10


def collect(result):
    arrivals.append(result)


if __name__ == "__main__":
    pool = Pool(3)
    for n in range(3):
        pool.apply_async(work, (n,), callback=collect)
    pool.close()
    pool.join()
    total = sum(arrivals)
    print(arrivals, total)
