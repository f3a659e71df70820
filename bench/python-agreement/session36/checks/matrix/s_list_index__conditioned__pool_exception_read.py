"""list_index in a job's conditioned under pool_exception_read: `ROW[5]` raises IndexError."""
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
JOB_LOCK = threading.Condition()


def job(kind):
    with JOB_LOCK:
        if kind == "bad":
            value = ROW[5]
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
