"""int_none in a job's conditional under to_thread_except: `int(DATA["none"])` raises TypeError."""
import asyncio

DATA = {"none": None, "num": 30, "row1": [1], "text": "abc", "zero": 0}
ROW = [1, 2]
EMPTY = []


class Config:
    def __init__(self):
        self.retries = 3


CONFIG = Config()
log = []


def job(kind):
    value = int(DATA["none"]) if kind == "bad" else 7
    return value


async def main():
    for k in ("good", "bad"):
        try:
            log.append(await asyncio.to_thread(job, k))
        except TypeError:
            log.append("caught")


asyncio.run(main())
print(sorted(map(str, log)))
