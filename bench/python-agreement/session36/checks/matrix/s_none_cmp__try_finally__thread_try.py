"""none_cmp in a job's try_finally under thread_try: `DATA["none"] > 25` raises TypeError."""
import threading

DATA = {"none": None, "num": 30, "row1": [1], "text": "abc", "zero": 0}
ROW = [1, 2]
EMPTY = []


class Config:
    def __init__(self):
        self.retries = 3


CONFIG = Config()
log = []

FINALLY_LOG = []


def job_raw(kind):
    try:
        if kind == "bad":
            value = DATA["none"] > 25
        else:
            value = 7
    finally:
        FINALLY_LOG.append(kind)
    return value


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
