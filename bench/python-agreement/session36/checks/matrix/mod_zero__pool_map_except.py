"""mod_zero under pool_map_except: `DATA["num"] % DATA["zero"]` raises ZeroDivisionError."""
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
    if kind == "bad":
        return DATA["num"] % DATA["zero"]
    return 7


with ThreadPoolExecutor(max_workers=2) as pool:
    try:
        for value in pool.map(job, ["good", "bad"]):
            log.append(value)
    except ZeroDivisionError:
        log.append("caught")
print(sorted(map(str, log)))
