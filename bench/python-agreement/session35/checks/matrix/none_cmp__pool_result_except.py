"""none_cmp under pool_result_except: `DATA["none"] > 25` raises TypeError."""
from concurrent.futures import ThreadPoolExecutor

DATA = {"none": None, "num": 30, "row": [1, 2]}
ROW = [1, 2]
NONES = [None]
log = []


def job(kind):
    if kind == "bad":
        return DATA["none"] > 25
    return 7


with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(job, k) for k in ("good", "bad")]
for f in futures:
    try:
        log.append(f.result())
    except TypeError:
        log.append("caught")
print(sorted(map(str, log)))
