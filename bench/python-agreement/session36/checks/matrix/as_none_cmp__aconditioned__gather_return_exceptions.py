"""none_cmp in a coroutine job's aconditioned under gather_return_exceptions: `DATA["none"] > 25` raises TypeError."""
import asyncio

DATA = {"none": None, "num": 30, "row1": [1], "text": "abc", "zero": 0}
ROW = [1, 2]
EMPTY = []


class Config:
    def __init__(self):
        self.retries = 3


CONFIG = Config()
log = []
JOB_LOCK = asyncio.Condition()


async def job(kind):
    async with JOB_LOCK:
        await asyncio.sleep(0)
        if kind == "bad":
            value = DATA["none"] > 25
        else:
            value = 7
    return value


async def main():
    results = await asyncio.gather(job("good"), job("bad"), return_exceptions=True)
    for r in results:
        log.append("failed" if isinstance(r, Exception) else r)


asyncio.run(main())
print(sorted(map(str, log)))
