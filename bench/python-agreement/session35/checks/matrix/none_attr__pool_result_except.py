"""none_attr under pool_result_except: `DATA["none"].strip()` raises AttributeError."""
from concurrent.futures import ThreadPoolExecutor

DATA = {"none": None, "num": 30, "row": [1, 2]}
ROW = [1, 2]
NONES = [None]
log = []


def job(kind):
    if kind == "bad":
        return DATA["none"].strip()
    return 7


with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(job, k) for k in ("good", "bad")]
for f in futures:
    try:
        log.append(f.result())
    except AttributeError:
        log.append("caught")
print(sorted(map(str, log)))
