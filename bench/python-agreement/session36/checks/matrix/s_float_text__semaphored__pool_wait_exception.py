"""float_text in a job's semaphored under pool_wait_exception: `float(DATA["text"])` raises ValueError."""
from concurrent.futures import ThreadPoolExecutor, wait

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
            value = float(DATA["text"])
        else:
            value = 7
    return value


with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(job, k) for k in ("good", "bad")]
    wait(futures)
    for f in futures:
        log.append("failed" if f.exception() is not None else f.result())
print(sorted(map(str, log)))
