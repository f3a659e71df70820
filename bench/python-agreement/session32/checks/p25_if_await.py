# if await ...: with the awaited coroutine spinning twice (a ticker counts loop passes; snap holds the ticks seen at each point)
import asyncio

ticks = 0
snap = {}


async def ticker(n=20):
    global ticks
    for _ in range(n):
        ticks += 1
        await asyncio.sleep(0)


async def value(n, spins):
    for _ in range(spins):
        await asyncio.sleep(0)
    return n


async def main():
    t = asyncio.create_task(ticker())
    if await value(3, 2) > 2:
        snap["branch"] = ticks
    await t


asyncio.run(main())
print(ticks, dict(sorted(snap.items())))
