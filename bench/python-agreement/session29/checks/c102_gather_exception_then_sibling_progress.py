# gather raises at the first failure; the sibling goes on, and main sees how far it got at that moment
import asyncio

progress = 0
seen = -1


async def fails():
    await asyncio.sleep(0)
    raise RuntimeError("x")


async def worker():
    global progress
    for _ in range(6):
        progress += 1
        await asyncio.sleep(0)


async def main():
    global seen
    try:
        await asyncio.gather(fails(), worker())
    except RuntimeError:
        seen = progress


asyncio.run(main())
print(seen)
