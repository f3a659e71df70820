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
    cancelled = [n for n, f in enumerate(futures) if n >= 2 and f.cancel()]
    pool.shutdown(wait=True)
    finished = [f.result() for f in futures if not f.cancelled()]
    cancelled_count = len(cancelled)
    assert finished == [0, 1]
