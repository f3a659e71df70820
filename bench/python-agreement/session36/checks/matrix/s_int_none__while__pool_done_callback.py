"""int_none in a job's while under pool_done_callback: `int(DATA["none"])` raises TypeError."""
from concurrent.futures import ThreadPoolExecutor

DATA = {"none": None, "num": 30, "row1": [1], "text": "abc", "zero": 0}
ROW = [1, 2]
EMPTY = []


class Config:
    def __init__(self):
        self.retries = 3


CONFIG = Config()
log = []


def job(kind):
    value = 7
    n = 0
    while n < 2:
        n += 1
        if kind == "bad":
            value = int(DATA["none"])
    return value



def note(f):
    log.append("failed" if f.exception() is not None else f.result())


with ThreadPoolExecutor(max_workers=2) as pool:
    for k in ("good", "bad"):
        pool.submit(job, k).add_done_callback(note)
print(sorted(map(str, log)))
