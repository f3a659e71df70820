"""int_none in a job's helper under pool_done_callback: `int(DATA["none"])` raises TypeError."""
from concurrent.futures import ThreadPoolExecutor

DATA = {"none": None, "num": 30, "row1": [1], "text": "abc", "zero": 0}
ROW = [1, 2]
EMPTY = []


class Config:
    def __init__(self):
        self.retries = 3


CONFIG = Config()
log = []


def helper(kind):
    if kind == "bad":
        return int(DATA["none"])
    return 7


def job(kind):
    return helper(kind)



def note(f):
    log.append("failed" if f.exception() is not None else f.result())


with ThreadPoolExecutor(max_workers=2) as pool:
    for k in ("good", "bad"):
        pool.submit(job, k).add_done_callback(note)
print(sorted(map(str, log)))
