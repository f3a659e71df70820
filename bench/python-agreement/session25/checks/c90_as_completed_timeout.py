# check: as_completed(timeout=) yields what finishes in time, then raises TimeoutError
import time
from concurrent.futures import ThreadPoolExecutor, TimeoutError, as_completed

got = []


def job(delay):
    time.sleep(delay)
    return delay


with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(job, d) for d in (0.01, 0.3)]
    try:
        for f in as_completed(futures, timeout=0.1):
            got.append(f.result())
    except TimeoutError:
        got.append(-1)
count = len(got)
last = got[-1]
print(got)
