"""missing_key in a job's semaphored under thread_try: `DATA["nope"]` raises KeyError."""
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
JOB_LOCK = threading.Semaphore(1)


def job_raw(kind):
    with JOB_LOCK:
        if kind == "bad":
            value = DATA["nope"]
        else:
            value = 7
    return value


def job(kind):
    try:
        log.append(job_raw(kind))
    except KeyError:
        log.append("caught")


threads = [threading.Thread(target=job, args=(k,)) for k in ("good", "bad")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(map(str, log)))
