"""none_cmp in a job's event_set under pool_map_except: `DATA["none"] > 25` raises TypeError."""
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
JOB_EVENT = threading.Event()


def job(kind):
    JOB_EVENT.set()
    if kind == "bad":
        return DATA["none"] > 25
    return 7


with ThreadPoolExecutor(max_workers=2) as pool:
    try:
        for value in pool.map(job, ["good", "bad"]):
            log.append(value)
    except TypeError:
        log.append("caught")
print(sorted(map(str, log)))
