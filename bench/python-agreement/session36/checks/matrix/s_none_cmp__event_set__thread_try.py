"""none_cmp in a job's event_set under thread_try: `DATA["none"] > 25` raises TypeError."""
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
JOB_EVENT = threading.Event()


def job_raw(kind):
    JOB_EVENT.set()
    if kind == "bad":
        return DATA["none"] > 25
    return 7


def job(kind):
    try:
        log.append(job_raw(kind))
    except TypeError:
        log.append("caught")


threads = [threading.Thread(target=job, args=(k,)) for k in ("good", "bad")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(map(str, log)))
