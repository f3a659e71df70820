"""max_empty under task_await_except: `max(EMPTY)` raises ValueError."""
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
        return max(EMPTY)
    return 7


async def main():
    for k in ("good", "bad"):
        task = asyncio.create_task(job(k))
        try:
            log.append(await task)
        except ValueError:
            log.append("caught")


asyncio.run(main())
print(sorted(map(str, log)))
