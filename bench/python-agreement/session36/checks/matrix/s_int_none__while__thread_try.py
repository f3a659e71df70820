"""int_none in a job's while under thread_try: `int(DATA["none"])` raises TypeError."""
import threading

DATA = {"none": None, "num": 30, "row1": [1], "text": "abc", "zero": 0}
ROW = [1, 2]
EMPTY = []


class Config:
    def __init__(self):
        self.retries = 3


CONFIG = Config()
log = []


def job_raw(kind):
    value = 7
    n = 0
    while n < 2:
        n += 1
        if kind == "bad":
            value = int(DATA["none"])
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
