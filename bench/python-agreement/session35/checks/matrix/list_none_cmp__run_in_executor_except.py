"""list_none_cmp under run_in_executor_except: `NONES[0] > 25` raises TypeError."""
import asyncio

DATA = {"none": None, "num": 30, "row": [1, 2]}
ROW = [1, 2]
NONES = [None]
log = []


def job(kind):
    if kind == "bad":
        return NONES[0] > 25
    return 7


async def main():
    loop = asyncio.get_running_loop()
    for k in ("good", "bad"):
        try:
            log.append(await loop.run_in_executor(None, job, k))
        except TypeError:
            log.append("caught")


asyncio.run(main())
print(sorted(map(str, log)))
