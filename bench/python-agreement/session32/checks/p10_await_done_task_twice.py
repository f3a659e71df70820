# await of a task twice, the second after it is done (a ticker counts loop passes; each snapshot is the ticks seen at that point)
import asyncio

ticks = 0
snap = {}


async def ticker(n=12):
    global ticks
    for _ in range(n):
        ticks += 1
        await asyncio.sleep(0)


async def short():
    await asyncio.sleep(0)
    return 4


async def main():
    t = asyncio.create_task(ticker())
    s = asyncio.create_task(short())
    a = await s
    snap["first"] = ticks
    b = await s
    snap["second"] = ticks
    snap["sum"] = a + b
    await t


asyncio.run(main())
print(ticks, dict(sorted(snap.items())))
