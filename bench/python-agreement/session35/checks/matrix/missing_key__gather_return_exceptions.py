"""missing_key under gather_return_exceptions: `DATA["nope"]` raises KeyError."""
import asyncio

DATA = {"none": None, "num": 30, "row": [1, 2]}
ROW = [1, 2]
NONES = [None]
log = []


async def job(kind):
    await asyncio.sleep(0)
    if kind == "bad":
        return DATA["nope"]
    return 7


async def main():
    results = await asyncio.gather(job("good"), job("bad"), return_exceptions=True)
    for r in results:
        log.append("failed" if isinstance(r, Exception) else r)


asyncio.run(main())
print(sorted(map(str, log)))
