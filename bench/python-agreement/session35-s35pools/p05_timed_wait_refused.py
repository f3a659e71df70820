# Refused: wait(timeout) may return before the job ends, and the end of `with Pool(...)` then kills it.
import time
from multiprocessing import Pool

done = []


def slow(n):
    time.sleep(0.5)
    return n


if __name__ == "__main__":
    with Pool(processes=1) as pool:
        pending = pool.apply_async(slow, (1,), callback=done.append)
        pending.wait(timeout=0.1)
    print("done", done)
