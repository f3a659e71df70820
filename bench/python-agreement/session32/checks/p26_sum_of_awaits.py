# x = (await a) + (await b): two awaits in one expression (a ticker counts loop passes; snap holds the ticks seen at each point)
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
    x = (await value(1, 1)) + (await value(2, 2))
    snap["x"] = x
    snap["at"] = ticks
    await t


asyncio.run(main())
print(ticks, dict(sorted(snap.items())))
