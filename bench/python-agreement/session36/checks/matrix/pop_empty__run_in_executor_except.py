"""pop_empty under run_in_executor_except: `EMPTY.pop()` raises IndexError."""
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
    if kind == "bad":
        return EMPTY.pop()
    return 7


async def main():
    loop = asyncio.get_running_loop()
    for k in ("good", "bad"):
        try:
            log.append(await loop.run_in_executor(None, job, k))
        except IndexError:
            log.append("caught")


asyncio.run(main())
print(sorted(map(str, log)))
