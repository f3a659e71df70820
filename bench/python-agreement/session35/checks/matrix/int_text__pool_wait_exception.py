"""int_text under pool_wait_exception: `int("x")` raises ValueError."""
from concurrent.futures import ThreadPoolExecutor, wait

DATA = {"none": None, "num": 30, "row": [1, 2]}
ROW = [1, 2]
NONES = [None]
log = []


def job(kind):
    if kind == "bad":
        return int("x")
    return 7


with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(job, k) for k in ("good", "bad")]
    wait(futures)
    for f in futures:
        log.append("failed" if f.exception() is not None else f.result())
print(sorted(map(str, log)))
