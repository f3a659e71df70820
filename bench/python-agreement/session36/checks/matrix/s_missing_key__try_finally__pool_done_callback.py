"""missing_key in a job's try_finally under pool_done_callback: `DATA["nope"]` raises KeyError."""
from concurrent.futures import ThreadPoolExecutor

DATA = {"none": None, "num": 30, "row1": [1], "text": "abc", "zero": 0}
ROW = [1, 2]
EMPTY = []


class Config:
    def __init__(self):
        self.retries = 3


CONFIG = Config()
log = []

FINALLY_LOG = []


def job(kind):
    try:
        if kind == "bad":
            value = DATA["nope"]
        else:
            value = 7
    finally:
        FINALLY_LOG.append(kind)
    return value



def note(f):
    log.append("failed" if f.exception() is not None else f.result())


with ThreadPoolExecutor(max_workers=2) as pool:
    for k in ("good", "bad"):
        pool.submit(job, k).add_done_callback(note)
print(sorted(map(str, log)))
