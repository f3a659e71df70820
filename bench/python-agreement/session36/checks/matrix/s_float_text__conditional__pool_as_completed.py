"""float_text in a job's conditional under pool_as_completed: `float(DATA["text"])` raises ValueError."""
from concurrent.futures import ThreadPoolExecutor, as_completed

DATA = {"none": None, "num": 30, "row1": [1], "text": "abc", "zero": 0}
ROW = [1, 2]
EMPTY = []


class Config:
    def __init__(self):
        self.retries = 3


CONFIG = Config()
log = []


def job(kind):
    value = float(DATA["text"]) if kind == "bad" else 7
    return value


with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(job, k) for k in ("good", "bad")]
    for f in as_completed(futures):
        if f.exception() is None:
            log.append(f.result())
        else:
            log.append("failed")
print(sorted(map(str, log)))
