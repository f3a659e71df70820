"""list_index under task_await_except: `ROW[5]` raises IndexError."""
import asyncio

DATA = {"none": None, "num": 30, "row": [1, 2]}
ROW = [1, 2]
NONES = [None]
log = []


async def job(kind):
    await asyncio.sleep(0)
    if kind == "bad":
        return ROW[5]
    return 7


async def main():
    for k in ("good", "bad"):
        task = asyncio.create_task(job(k))
        try:
            log.append(await task)
        except IndexError:
            log.append("caught")


asyncio.run(main())
print(sorted(map(str, log)))
