# check: when one awaitable of gather() raises, gather raises at once but the others are not cancelled: they finish
import asyncio

finished = []
caught = 0


async def slow(n):
    await asyncio.sleep(0.01 * n)
    finished.append(n)


async def boom():
    await asyncio.sleep(0.005)
    raise RuntimeError("x")


async def main():
    global caught
    try:
        await asyncio.gather(slow(1), boom(), slow(2))
    except RuntimeError:
        caught = len(finished)
    await asyncio.sleep(0.05)


asyncio.run(main())
