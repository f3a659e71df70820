"""none_cmp in a coroutine job's ahelper under task_await_except: `DATA["none"] > 25` raises TypeError."""
import asyncio

DATA = {"none": None, "num": 30, "row1": [1], "text": "abc", "zero": 0}
ROW = [1, 2]
EMPTY = []


class Config:
    def __init__(self):
        self.retries = 3


CONFIG = Config()
log = []



async def helper(kind):
    await asyncio.sleep(0)
    if kind == "bad":
        return DATA["none"] > 25
    return 7


async def job(kind):
    await asyncio.sleep(0)
    return await helper(kind)


async def main():
    for k in ("good", "bad"):
        task = asyncio.create_task(job(k))
        try:
            log.append(await task)
        except TypeError:
            log.append("caught")


asyncio.run(main())
print(sorted(map(str, log)))
