# Pool.apply_async(callback=...): callbacks run in the pool's result thread, in completion order
from multiprocessing import Pool
import time

arrivals = []


def work(n):
    time.sleep(0.01 * (3 - n))
    return n


def collect(result):
    arrivals.append(result)


if __name__ == "__main__":
    with Pool(3) as pool:
        handles = [pool.apply_async(work, (n,), callback=collect) for n in range(3)]
        for h in handles:
            h.wait()
    print(arrivals)
