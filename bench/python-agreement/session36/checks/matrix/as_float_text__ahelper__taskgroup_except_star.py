"""float_text in a coroutine job's ahelper under taskgroup_except_star: `float(DATA["text"])` raises ValueError."""
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
        return float(DATA["text"])
    return 7


async def job(kind):
    await asyncio.sleep(0)
    return await helper(kind)


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("good"))
            tg.create_task(job("bad"))
        log.append("group ended")
    except* ValueError:
        log.append("caught")


asyncio.run(main())
print(sorted(map(str, log)))
