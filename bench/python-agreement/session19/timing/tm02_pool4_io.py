"""Timing: a pool of 4 threads over 10 I/O jobs of 20 ms each."""
from concurrent.futures import ThreadPoolExecutor
import time

JOBS = 10
IO_MS = 20


def fetch(n):
    time.sleep(IO_MS / 1000)
    return n


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(fetch, range(JOBS)))
    fetched = len(results)
