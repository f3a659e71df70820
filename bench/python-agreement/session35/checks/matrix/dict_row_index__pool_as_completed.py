"""dict_row_index under pool_as_completed: `DATA["row"][5]` raises IndexError."""
from concurrent.futures import ThreadPoolExecutor, as_completed

DATA = {"none": None, "num": 30, "row": [1, 2]}
ROW = [1, 2]
NONES = [None]
log = []


def job(kind):
    if kind == "bad":
        return DATA["row"][5]
    return 7


with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(job, k) for k in ("good", "bad")]
    for f in as_completed(futures):
        if f.exception() is None:
            log.append(f.result())
        else:
            log.append("failed")
print(sorted(map(str, log)))
