# Queue(maxsize=1) producer and consumer (a ticker counts loop passes; each snapshot is the ticks seen at that point)
import asyncio

ticks = 0
snap = {}


async def ticker(n=12):
    global ticks
    for _ in range(n):
        ticks += 1
        await asyncio.sleep(0)


async def producer(q):
    for i in range(3):
        await q.put(i)
        snap[f"put{i}"] = ticks


async def consumer(q):
    for i in range(3):
        await q.get()
        snap[f"got{i}"] = ticks


async def main():
    q = asyncio.Queue(maxsize=1)
    t = asyncio.create_task(ticker())
    await asyncio.gather(producer(q), consumer(q))
    snap["end"] = ticks
    await t


asyncio.run(main())
print(ticks, dict(sorted(snap.items())))
