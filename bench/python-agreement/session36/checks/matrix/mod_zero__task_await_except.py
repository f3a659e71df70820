"""mod_zero under task_await_except: `DATA["num"] % DATA["zero"]` raises ZeroDivisionError."""
import asyncio

DATA = {"none": None, "num": 30, "row1": [1], "text": "abc", "zero": 0}
ROW = [1, 2]
EMPTY = []


class Config:
    def __init__(self):
        self.retries = 3


CONFIG = Config()
log = []


async def job(kind):
    await asyncio.sleep(0)
    if kind == "bad":
        return DATA["num"] % DATA["zero"]
    return 7


async def main():
    for k in ("good", "bad"):
        task = asyncio.create_task(job(k))
        try:
            log.append(await task)
        except ZeroDivisionError:
            log.append("caught")


asyncio.run(main())
print(sorted(map(str, log)))
