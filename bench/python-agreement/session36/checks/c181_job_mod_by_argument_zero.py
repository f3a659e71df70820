"""A pool job computes a % b of its arguments; one submit passes b = 0; read under as_completed."""
from concurrent.futures import ThreadPoolExecutor, as_completed

log = []


def remainder(a, b):
    return a % b


with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(remainder, 7, b) for b in (3, 0)]
    for f in as_completed(futures):
        log.append("failed" if f.exception() is not None else f.result())
print(sorted(map(str, log)))
