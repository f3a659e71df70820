"""int_none in a job's try_finally under pool_wait_exception: `int(DATA["none"])` raises TypeError."""
from concurrent.futures import ThreadPoolExecutor, wait

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
            value = int(DATA["none"])
        else:
            value = 7
    finally:
        FINALLY_LOG.append(kind)
    return value


with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(job, k) for k in ("good", "bad")]
    wait(futures)
    for f in futures:
        log.append("failed" if f.exception() is not None else f.result())
print(sorted(map(str, log)))
