"""missing_key in a job's loop under pool_result_except: `DATA["nope"]` raises KeyError."""
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
    value = 7
    for _ in range(2):
        if kind == "bad":
            value = DATA["nope"]
    return value


with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(job, k) for k in ("good", "bad")]
for f in futures:
    try:
        log.append(f.result())
    except KeyError:
        log.append("caught")
print(sorted(map(str, log)))
