# Pool.map with two failing items of different types: the exception raised is the first failure to
# arrive (chunksize=1).
import multiprocessing
import time


def check(n):
    if n == 1:
        time.sleep(0.05)
        raise KeyError(n)
    if n == 3:
        raise ValueError(n)
    return n


if __name__ == "__main__":
    log = []
    with multiprocessing.Pool(processes=2) as pool:
        try:
            pool.map(check, [0, 1, 2, 3], chunksize=1)
        except Exception as e:
            log.append(type(e).__name__)
    print(log)
