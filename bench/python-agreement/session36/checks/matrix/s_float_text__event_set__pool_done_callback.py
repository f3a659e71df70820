"""float_text in a job's event_set under pool_done_callback: `float(DATA["text"])` raises ValueError."""
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
        return float(DATA["text"])
    return 7



def note(f):
    log.append("failed" if f.exception() is not None else f.result())


with ThreadPoolExecutor(max_workers=2) as pool:
    for k in ("good", "bad"):
        pool.submit(job, k).add_done_callback(note)
print(sorted(map(str, log)))
