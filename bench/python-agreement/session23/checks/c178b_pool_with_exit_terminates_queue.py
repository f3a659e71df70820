# check: leaving `with Pool()` calls terminate(): a job still running is killed before it returns; its result never comes
from multiprocessing import Pool
import time

done = -1


def slow(n):
    time.sleep(0.2)
    return n


if __name__ == "__main__":
    with Pool(1) as pool:
        r = pool.apply_async(slow, (5,))
        time.sleep(0.01)
    done = 1 if r.ready() else 0
