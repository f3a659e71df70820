"""as_completed(timeout=...) raises TimeoutError while a slow job is still running."""
import time
from concurrent.futures import ThreadPoolExecutor, as_completed, TimeoutError

got = []
timed_out = 0


def job(ms):
    time.sleep(ms / 1000)
    return ms


with ThreadPoolExecutor(max_workers=2) as pool:
    fs = [pool.submit(job, 1), pool.submit(job, 80)]
    try:
        for f in as_completed(fs, timeout=0.02):
            got.append(f.result())
    except TimeoutError:
        timed_out = 1
print(got, timed_out)
