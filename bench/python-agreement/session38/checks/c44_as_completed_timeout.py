# as_completed(timeout=) raises TimeoutError when a job is still running at the deadline.
import time
from concurrent.futures import ThreadPoolExecutor, TimeoutError, as_completed

log = []


def job(delay):
    time.sleep(delay)
    return delay


with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(job, d) for d in [0.001, 0.2]]
    try:
        for f in as_completed(futures, timeout=0.05):
            log.append(f.result())
    except TimeoutError:
        log.append("timeout")
print(log)
