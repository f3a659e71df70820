"""none_cmp in a job's semaphored under to_thread_except: `DATA["none"] > 25` raises TypeError."""
import asyncio

DATA = {"none": None, "num": 30, "row1": [1], "text": "abc", "zero": 0}
ROW = [1, 2]
EMPTY = []


class Config:
    def __init__(self):
        self.retries = 3


CONFIG = Config()
log = []

import threading
JOB_LOCK = threading.Semaphore(1)


def job(kind):
    with JOB_LOCK:
        if kind == "bad":
            value = DATA["none"] > 25
        else:
            value = 7
    return value


async def main():
    for k in ("good", "bad"):
        try:
            log.append(await asyncio.to_thread(job, k))
        except TypeError:
            log.append("caught")


asyncio.run(main())
print(sorted(map(str, log)))
