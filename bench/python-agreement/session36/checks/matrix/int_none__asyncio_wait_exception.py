"""int_none under asyncio_wait_exception: `int(DATA["none"])` raises TypeError."""
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
        return int(DATA["none"])
    return 7


async def main():
    tasks = [asyncio.create_task(job(k)) for k in ("good", "bad")]
    await asyncio.wait(tasks)
    for t in tasks:
        log.append("failed" if t.exception() is not None else t.result())


asyncio.run(main())
print(sorted(map(str, log)))
