# three stages over Queue(maxsize=1) with None sentinels (a ticker counts loop passes; snap holds the ticks seen at each point)
import asyncio

ticks = 0
snap = {}


async def ticker(n=25):
    global ticks
    for _ in range(n):
        ticks += 1
        await asyncio.sleep(0)


async def source(out):
    for i in range(3):
        await out.put(i)
    await out.put(None)
    snap["source"] = ticks


async def double(inp, out):
    while (x := await inp.get()) is not None:
        await out.put(2 * x)
    await out.put(None)
    snap["double"] = ticks


async def sink(inp):
    total = 0
    while (x := await inp.get()) is not None:
        total += x
    snap["sink"] = ticks
    snap["total"] = total


async def main():
    q1 = asyncio.Queue(maxsize=1)
    q2 = asyncio.Queue(maxsize=1)
    t = asyncio.create_task(ticker())
    await asyncio.gather(source(q1), double(q1, q2), sink(q2))
    snap["end"] = ticks
    await t


asyncio.run(main())
print(ticks, dict(sorted(snap.items())))
