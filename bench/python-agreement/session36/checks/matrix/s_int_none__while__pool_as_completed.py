"""int_none in a job's while under pool_as_completed: `int(DATA["none"])` raises TypeError."""
from concurrent.futures import ThreadPoolExecutor, as_completed

DATA = {"none": None, "num": 30, "row1": [1], "text": "abc", "zero": 0}
ROW = [1, 2]
EMPTY = []


class Config:
    def __init__(self):
        self.retries = 3


CONFIG = Config()
log = []


def job(kind):
    value = 7
    n = 0
    while n < 2:
        n += 1
        if kind == "bad":
            value = int(DATA["none"])
    return value


with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(job, k) for k in ("good", "bad")]
    for f in as_completed(futures):
        if f.exception() is None:
            log.append(f.result())
        else:
            log.append("failed")
print(sorted(map(str, log)))
