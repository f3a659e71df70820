# check: as_completed with a timeout raises TimeoutError when a job is slow
from concurrent.futures import ThreadPoolExecutor, as_completed, TimeoutError
import time

seen = []


def nap(d):
    time.sleep(d)
    return d


with ThreadPoolExecutor(max_workers=2) as pool:
    futs = [pool.submit(nap, d) for d in (0.001, 0.3)]
    try:
        for f in as_completed(futs, timeout=0.05):
            seen.append(f.result())
    except TimeoutError:
        seen.append(-1)
print(seen)
