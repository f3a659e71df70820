# the natural form of the gather pass: a progress counter of one child read after the gather
import asyncio

ticks = 0


async def ticker():
    global ticks
    for _ in range(3):
        ticks += 1
        await asyncio.sleep(0)


async def fetch():
    await asyncio.sleep(0)
    return 1


async def main():
    global seen
    asyncio.create_task(ticker())
    await asyncio.gather(fetch(), fetch())
    seen = ticks


seen = -1
asyncio.run(main())
print(seen)
