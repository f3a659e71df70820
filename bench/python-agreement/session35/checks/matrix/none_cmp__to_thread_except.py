"""none_cmp under to_thread_except: `DATA["none"] > 25` raises TypeError."""
import asyncio

DATA = {"none": None, "num": 30, "row": [1, 2]}
ROW = [1, 2]
NONES = [None]
log = []


def job(kind):
    if kind == "bad":
        return DATA["none"] > 25
    return 7


async def main():
    for k in ("good", "bad"):
        try:
            log.append(await asyncio.to_thread(job, k))
        except TypeError:
            log.append("caught")


asyncio.run(main())
print(sorted(map(str, log)))
