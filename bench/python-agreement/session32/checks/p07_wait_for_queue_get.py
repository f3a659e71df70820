# wait_for(q.get(), t) fed after two passes (a ticker counts loop passes; each snapshot is the ticks seen at that point)
import asyncio

ticks = 0
snap = {}


async def ticker(n=12):
    global ticks
    for _ in range(n):
        ticks += 1
        await asyncio.sleep(0)


async def feeder(q):
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    q.put_nowait(5)


async def main():
    q = asyncio.Queue()
    t = asyncio.create_task(ticker())
    f = asyncio.create_task(feeder(q))
    v = await asyncio.wait_for(q.get(), timeout=1)
    snap["got"] = ticks
    snap["v"] = v
    await f
    await t


asyncio.run(main())
print(ticks, dict(sorted(snap.items())))
