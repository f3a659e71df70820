"""unpack_short under gather_return_exceptions: `first, second = DATA["row1"]` raises ValueError."""
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
        first, second = DATA["row1"]
    return 7


async def main():
    results = await asyncio.gather(job("good"), job("bad"), return_exceptions=True)
    for r in results:
        log.append("failed" if isinstance(r, Exception) else r)


asyncio.run(main())
print(sorted(map(str, log)))
