"""missing_key in a coroutine job's asemaphored under task_await_except: `DATA["nope"]` raises KeyError."""
import asyncio

DATA = {"none": None, "num": 30, "row1": [1], "text": "abc", "zero": 0}
ROW = [1, 2]
EMPTY = []


class Config:
    def __init__(self):
        self.retries = 3


CONFIG = Config()
log = []
JOB_LOCK = asyncio.Semaphore(1)


async def job(kind):
    async with JOB_LOCK:
        await asyncio.sleep(0)
        if kind == "bad":
            value = DATA["nope"]
        else:
            value = 7
    return value


async def main():
    for k in ("good", "bad"):
        task = asyncio.create_task(job(k))
        try:
            log.append(await task)
        except KeyError:
            log.append("caught")


asyncio.run(main())
print(sorted(map(str, log)))
