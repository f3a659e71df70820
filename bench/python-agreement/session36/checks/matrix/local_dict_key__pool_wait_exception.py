"""local_dict_key under pool_wait_exception: `{"a": 1}[DATA["text"]]` raises KeyError."""
from concurrent.futures import ThreadPoolExecutor, wait

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
        return {"a": 1}[DATA["text"]]
    return 7


with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(job, k) for k in ("good", "bad")]
    wait(futures)
    for f in futures:
        log.append("failed" if f.exception() is not None else f.result())
print(sorted(map(str, log)))
