# concurrent.futures.as_completed(fs, timeout=) raises TimeoutError when a job is too slow; results before it count
import time
from concurrent.futures import ThreadPoolExecutor, as_completed

got = 0
outcome = ""


def job(d):
    time.sleep(d)
    return d


with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(job, d) for d in (0.001, 0.1)]
    try:
        for f in as_completed(futures, timeout=0.03):
            got += 1
        outcome = "all"
    except TimeoutError:
        outcome = "timeout"
print(got, outcome)
