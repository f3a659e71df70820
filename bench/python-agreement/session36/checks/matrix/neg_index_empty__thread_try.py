"""neg_index_empty under thread_try: `EMPTY[-1]` raises IndexError."""
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
    if kind == "bad":
        return EMPTY[-1]
    return 7


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
