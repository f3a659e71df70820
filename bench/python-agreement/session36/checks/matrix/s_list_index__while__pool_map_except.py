"""list_index in a job's while under pool_map_except: `ROW[5]` raises IndexError."""
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
            value = ROW[5]
    return value


with ThreadPoolExecutor(max_workers=2) as pool:
    try:
        for value in pool.map(job, ["good", "bad"]):
            log.append(value)
    except IndexError:
        log.append("caught")
print(sorted(map(str, log)))
