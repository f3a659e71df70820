"""float_text in a coroutine job's ahelper under gather_return_exceptions: `float(DATA["text"])` raises ValueError."""
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
    results = await asyncio.gather(job("good"), job("bad"), return_exceptions=True)
    for r in results:
        log.append("failed" if isinstance(r, Exception) else r)


asyncio.run(main())
print(sorted(map(str, log)))
