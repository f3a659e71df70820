# BUG: the parent reads the callbacks' list before join(): the result-handler thread may not have run them all yet.
"""apply_async with callbacks on a pool made by hand, read too early."""
import multiprocessing
import time


def slow_double(n):
    time.sleep(0.01 * n)
    return 2 * n


doubled = []

if __name__ == "__main__":
    pool = multiprocessing.Pool(processes=2)
    for n in (1, 2, 3):
        pool.apply_async(slow_double, (n,), callback=doubled.append)
    pool.close()
    early = len(doubled)
    pool.join()
    print(f"early={early} doubled={sorted(doubled)}")
    assert early == 3, f"only {early} callbacks had run"
