"""as_completed over pool futures with sleeps: results summed as they finish."""
import time
from concurrent.futures import ThreadPoolExecutor, as_completed

order = []


def job(n):
    time.sleep(0.01 * (3 - n))
    return n


with ThreadPoolExecutor(max_workers=3) as ex:
    futures = [ex.submit(job, n) for n in range(3)]
    first = -1
    for f in as_completed(futures):
        if first == -1:
            first = f.result()
print(first)
