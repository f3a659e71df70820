"""One worker, five slow jobs: the jobs still waiting can be cancelled, the running one cannot."""
from concurrent.futures import ThreadPoolExecutor
import time

started = []


def slow(n):
    started.append(n)
    time.sleep(0.02)
    return n * n


if __name__ == "__main__":
    pool = ThreadPoolExecutor(max_workers=1)
    futures = [pool.submit(slow, n) for n in range(5)]
    cancelled = []
    for n in range(2, 5):
        if futures[n].cancel():
            cancelled.append(n)
    pool.shutdown(wait=True)
    finished = []
    for n in range(5):
        if n not in cancelled:
            finished.append(futures[n].result())
    cancelled_count = len(cancelled)
    assert finished == [0, 1]
