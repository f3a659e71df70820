"""int_none in a job's method under pool_exception_read: `int(DATA["none"])` raises TypeError."""
from concurrent.futures import ThreadPoolExecutor

DATA = {"none": None, "num": 30, "row1": [1], "text": "abc", "zero": 0}
ROW = [1, 2]
EMPTY = []


class Config:
    def __init__(self):
        self.retries = 3


CONFIG = Config()
log = []


class Checker:
    def check(self, kind):
        if kind == "bad":
            return int(DATA["none"])
        return 7


CHECKER = Checker()


def job(kind):
    return CHECKER.check(kind)


with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(job, k) for k in ("good", "bad")]
for f in futures:
    if f.exception() is None:
        log.append(f.result())
    else:
        log.append("failed")
print(sorted(map(str, log)))
