"""executor.map(timeout=...): the iterator raises TimeoutError at the slow item."""
import time
from concurrent.futures import ThreadPoolExecutor, TimeoutError

got = []
timed_out = 0


def job(ms):
    time.sleep(ms / 1000)
    return ms


with ThreadPoolExecutor(max_workers=2) as pool:
    try:
        for v in pool.map(job, [1, 60, 2], timeout=0.02):
            got.append(v)
    except TimeoutError:
        timed_out = 1
print(got, timed_out)
