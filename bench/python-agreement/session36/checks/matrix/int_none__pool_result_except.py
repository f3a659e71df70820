"""int_none under pool_result_except: `int(DATA["none"])` raises TypeError."""
from concurrent.futures import ThreadPoolExecutor

DATA = {"none": None, "num": 30, "row1": [1], "text": "abc", "zero": 0}
ROW = [1, 2]
EMPTY = []


class Config:
    def __init__(self):
        self.retries = 3


CONFIG = Config()
log = []


def job(kind):
    if kind == "bad":
        return int(DATA["none"])
    return 7


with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(job, k) for k in ("good", "bad")]
for f in futures:
    try:
        log.append(f.result())
    except TypeError:
        log.append("caught")
print(sorted(map(str, log)))
