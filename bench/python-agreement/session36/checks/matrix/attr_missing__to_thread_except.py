"""attr_missing under to_thread_except: `CONFIG.timeout` raises AttributeError."""
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
        return CONFIG.timeout
    return 7


async def main():
    for k in ("good", "bad"):
        try:
            log.append(await asyncio.to_thread(job, k))
        except AttributeError:
            log.append("caught")


asyncio.run(main())
print(sorted(map(str, log)))
