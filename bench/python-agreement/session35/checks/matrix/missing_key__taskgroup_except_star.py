"""missing_key under taskgroup_except_star: `DATA["nope"]` raises KeyError."""
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
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("good"))
            tg.create_task(job("bad"))
        log.append("group ended")
    except* KeyError:
        log.append("caught")


asyncio.run(main())
print(sorted(map(str, log)))
