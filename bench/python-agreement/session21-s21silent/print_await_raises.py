"""`print("got", await t)`: the await inside a print is the task's wait, and its ValueError ends the
program (before session 21 weft dropped the await: the task was cancelled, the run `ok`)."""
import asyncio


async def work(n):
    await asyncio.sleep(0.01)
    if n == 1:
        raise ValueError("bad input")
    return n * 10


async def main():
    good = asyncio.create_task(work(0))
    bad = asyncio.create_task(work(1))
    print("good", await good)
    print("bad", await bad)
    print("not reached")


asyncio.run(main())
