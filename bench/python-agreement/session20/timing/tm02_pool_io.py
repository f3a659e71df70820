"""A pool of 4 threads over 10 I/O-bound jobs of 20 ms each."""
import time
from concurrent.futures import ThreadPoolExecutor

JOBS = 10
WORKERS = 4

finished = []


def io_job(n):
    time.sleep(0.020)
    return n


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        finished = list(pool.map(io_job, range(JOBS)))
    assert finished == list(range(JOBS))
