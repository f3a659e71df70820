"""list_index in a job's locked_helper under thread_try: `ROW[5]` raises IndexError."""
import threading

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
        return ROW[5]
    return 7


def job_raw(kind):
    with JOB_LOCK:
        value = helper(kind)
    return value


def job(kind):
    try:
        log.append(job_raw(kind))
    except IndexError:
        log.append("caught")


threads = [threading.Thread(target=job, args=(k,)) for k in ("good", "bad")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(map(str, log)))
