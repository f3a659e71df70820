"""missing_key in a job's semaphored under pool_map_except: `DATA["nope"]` raises KeyError."""
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
    try:
        for value in pool.map(job, ["good", "bad"]):
            log.append(value)
    except KeyError:
        log.append("caught")
print(sorted(map(str, log)))
