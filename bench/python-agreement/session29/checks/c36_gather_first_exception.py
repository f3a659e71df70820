# gather raises the first exception but does not cancel the others: they go on until asyncio.run ends
import asyncio

finished = []
caught = 0


async def fails():
    await asyncio.sleep(0.001)
    raise RuntimeError("x")


async def slow(n, delay):
    await asyncio.sleep(delay)
    finished.append(n)


async def main():
    global caught
    try:
        await asyncio.gather(fails(), slow(1, 0.0001), slow(2, 0.03))
    except RuntimeError:
        caught = 1
    await asyncio.sleep(0.05)


asyncio.run(main())
print(caught, finished)
