"""str_index under pool_exception_read: `DATA["text"].index("z")` raises ValueError."""
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
        return DATA["text"].index("z")
    return 7


with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(job, k) for k in ("good", "bad")]
for f in futures:
    if f.exception() is None:
        log.append(f.result())
    else:
        log.append("failed")
print(sorted(map(str, log)))
