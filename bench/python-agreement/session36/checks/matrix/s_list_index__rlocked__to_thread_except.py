"""list_index in a job's rlocked under to_thread_except: `ROW[5]` raises IndexError."""
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
JOB_LOCK = threading.RLock()


def job(kind):
    with JOB_LOCK:
        if kind == "bad":
            value = ROW[5]
        else:
            value = 7
    return value


async def main():
    for k in ("good", "bad"):
        try:
            log.append(await asyncio.to_thread(job, k))
        except IndexError:
            log.append("caught")


asyncio.run(main())
print(sorted(map(str, log)))
