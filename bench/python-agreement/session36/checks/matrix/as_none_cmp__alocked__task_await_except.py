"""none_cmp in a coroutine job's alocked under task_await_except: `DATA["none"] > 25` raises TypeError."""
import asyncio

DATA = {"none": None, "num": 30, "row1": [1], "text": "abc", "zero": 0}
ROW = [1, 2]
EMPTY = []


class Config:
    def __init__(self):
        self.retries = 3


CONFIG = Config()
log = []
JOB_LOCK = asyncio.Lock()


async def job(kind):
    async with JOB_LOCK:
        await asyncio.sleep(0)
        if kind == "bad":
            value = DATA["none"] > 25
        else:
            value = 7
    return value


async def main():
    for k in ("good", "bad"):
        task = asyncio.create_task(job(k))
        try:
            log.append(await task)
        except TypeError:
            log.append("caught")


asyncio.run(main())
print(sorted(map(str, log)))
