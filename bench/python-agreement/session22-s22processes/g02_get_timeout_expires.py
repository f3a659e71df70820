# `get(timeout=0.05)` of a job that sleeps 0.5 s: multiprocessing.TimeoutError ends the main thread (fault).
import time
from multiprocessing import Pool


def slow(n):
    time.sleep(0.5)
    return n


if __name__ == "__main__":
    with Pool(processes=1) as pool:
        result = pool.apply_async(slow, (3,))
        value = result.get(timeout=0.05)
