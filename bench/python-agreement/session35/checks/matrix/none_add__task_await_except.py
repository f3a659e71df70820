"""none_add under task_await_except: `DATA["none"] + 1` raises TypeError."""
import asyncio

DATA = {"none": None, "num": 30, "row": [1, 2]}
ROW = [1, 2]
NONES = [None]
log = []


async def job(kind):
    await asyncio.sleep(0)
    if kind == "bad":
        return DATA["none"] + 1
    return 7


async def main():
    for k in ("good", "bad"):
        task = asyncio.create_task(job(k))
        try:
            log.append(await task)
        except TypeError:
            log.append("caught")


asyncio.run(main())
print(sorted(map(str, log)))
