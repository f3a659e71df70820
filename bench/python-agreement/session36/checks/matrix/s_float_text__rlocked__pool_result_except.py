"""float_text in a job's rlocked under pool_result_except: `float(DATA["text"])` raises ValueError."""
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
JOB_LOCK = threading.RLock()


def job(kind):
    with JOB_LOCK:
        if kind == "bad":
            value = float(DATA["text"])
        else:
            value = 7
    return value


with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(job, k) for k in ("good", "bad")]
for f in futures:
    try:
        log.append(f.result())
    except ValueError:
        log.append("caught")
print(sorted(map(str, log)))
