"""list_index under to_thread_except: `ROW[5]` raises IndexError."""
import asyncio

DATA = {"none": None, "num": 30, "row": [1, 2]}
ROW = [1, 2]
NONES = [None]
log = []


def job(kind):
    if kind == "bad":
        return ROW[5]
    return 7


async def main():
    for k in ("good", "bad"):
        try:
            log.append(await asyncio.to_thread(job, k))
        except IndexError:
            log.append("caught")


asyncio.run(main())
print(sorted(map(str, log)))
