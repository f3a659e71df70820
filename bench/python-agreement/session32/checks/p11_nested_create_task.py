# a task creates a task and awaits it (a ticker counts loop passes; each snapshot is the ticks seen at that point)
import asyncio

ticks = 0
snap = {}


async def ticker(n=12):
    global ticks
    for _ in range(n):
        ticks += 1
        await asyncio.sleep(0)


async def inner():
    await asyncio.sleep(0)
    snap["inner"] = ticks


async def outer():
    t2 = asyncio.create_task(inner())
    await t2
    snap["outer"] = ticks


async def main():
    t = asyncio.create_task(ticker())
    await asyncio.create_task(outer())
    snap["end"] = ticks
    await t


asyncio.run(main())
print(ticks, dict(sorted(snap.items())))
