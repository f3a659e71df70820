"""missing_key in a job's method under pool_map_except: `DATA["nope"]` raises KeyError."""
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
            return DATA["nope"]
        return 7


CHECKER = Checker()


def job(kind):
    return CHECKER.check(kind)


with ThreadPoolExecutor(max_workers=2) as pool:
    try:
        for value in pool.map(job, ["good", "bad"]):
            log.append(value)
    except KeyError:
        log.append("caught")
print(sorted(map(str, log)))
