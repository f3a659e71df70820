"""zero_div under asyncio_wait_exception: `DATA["num"] // 0` raises ZeroDivisionError."""
import asyncio

DATA = {"none": None, "num": 30, "row": [1, 2]}
ROW = [1, 2]
NONES = [None]
log = []


async def job(kind):
    await asyncio.sleep(0)
    if kind == "bad":
        return DATA["num"] // 0
    return 7


async def main():
    tasks = [asyncio.create_task(job(k)) for k in ("good", "bad")]
    await asyncio.wait(tasks)
    for t in tasks:
        log.append("failed" if t.exception() is not None else t.result())


asyncio.run(main())
print(sorted(map(str, log)))
