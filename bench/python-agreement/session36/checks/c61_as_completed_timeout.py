"""as_completed(timeout=...) raises TimeoutError when a job is still running."""
import time
from concurrent.futures import ThreadPoolExecutor, as_completed, TimeoutError as FuturesTimeout

got = []
timed_out = []


def job(delay):
    time.sleep(delay)
    return delay


with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(job, d) for d in (0.001, 0.08)]
    try:
        for f in as_completed(futures, timeout=0.03):
            got.append(f.result())
    except FuturesTimeout:
        timed_out.append(1)
print(got, timed_out)
