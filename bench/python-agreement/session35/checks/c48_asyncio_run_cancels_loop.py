"""A forever-ticking task nobody awaits: asyncio.run stops it when main returns."""
import asyncio

ticks = 0


async def ticker():
    global ticks
    while True:
        await asyncio.sleep(0.01)
        ticks += 1


async def main():
    asyncio.create_task(ticker())
    await asyncio.sleep(0.025)


asyncio.run(main())
print(ticks)
