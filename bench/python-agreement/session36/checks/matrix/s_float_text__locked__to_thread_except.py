"""float_text in a job's locked under to_thread_except: `float(DATA["text"])` raises ValueError."""
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


def job(kind):
    with JOB_LOCK:
        if kind == "bad":
            value = float(DATA["text"])
        else:
            value = 7
    return value


async def main():
    for k in ("good", "bad"):
        try:
            log.append(await asyncio.to_thread(job, k))
        except ValueError:
            log.append("caught")


asyncio.run(main())
print(sorted(map(str, log)))
