"""missing_key in a job's locked_helper under pool_result_except: `DATA["nope"]` raises KeyError."""
from concurrent.futures import ThreadPoolExecutor

DATA = {"none": None, "num": 30, "row1": [1], "text": "abc", "zero": 0}
ROW = [1, 2]
EMPTY = []


class Config:
    def __init__(self):
        self.retries = 3


CONFIG = Config()
log = []

import threading
JOB_LOCK = threading.Lock()


def helper(kind):
    if kind == "bad":
        return DATA["nope"]
    return 7


def job(kind):
    with JOB_LOCK:
        value = helper(kind)
    return value


with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(job, k) for k in ("good", "bad")]
for f in futures:
    try:
        log.append(f.result())
    except KeyError:
        log.append("caught")
print(sorted(map(str, log)))
