"""none_cmp in a job's loop under pool_map_except: `DATA["none"] > 25` raises TypeError."""
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
    for _ in range(2):
        if kind == "bad":
            value = DATA["none"] > 25
    return value


with ThreadPoolExecutor(max_workers=2) as pool:
    try:
        for value in pool.map(job, ["good", "bad"]):
            log.append(value)
    except TypeError:
        log.append("caught")
print(sorted(map(str, log)))
