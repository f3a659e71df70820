"""float_text in a job's loop under pool_map_except: `float(DATA["text"])` raises ValueError."""
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
            value = float(DATA["text"])
    return value


with ThreadPoolExecutor(max_workers=2) as pool:
    try:
        for value in pool.map(job, ["good", "bad"]):
            log.append(value)
    except ValueError:
        log.append("caught")
print(sorted(map(str, log)))
