"""missing_key in a job's locked_helper under to_thread_except: `DATA["nope"]` raises KeyError."""
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
JOB_LOCK = threading.Lock()


def helper(kind):
    if kind == "bad":
        return DATA["nope"]
    return 7


def job(kind):
    with JOB_LOCK:
        value = helper(kind)
    return value


async def main():
    for k in ("good", "bad"):
        try:
            log.append(await asyncio.to_thread(job, k))
        except KeyError:
            log.append("caught")


asyncio.run(main())
print(sorted(map(str, log)))
