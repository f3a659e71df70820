"""missing_key in a job's semaphored under pool_exception_read: `DATA["nope"]` raises KeyError."""
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
JOB_LOCK = threading.Semaphore(1)


def job(kind):
    with JOB_LOCK:
        if kind == "bad":
            value = DATA["nope"]
        else:
            value = 7
    return value


with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(job, k) for k in ("good", "bad")]
for f in futures:
    if f.exception() is None:
        log.append(f.result())
    else:
        log.append("failed")
print(sorted(map(str, log)))
