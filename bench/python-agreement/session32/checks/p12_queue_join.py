# Queue.join with a worker calling task_done (a ticker counts loop passes; each snapshot is the ticks seen at that point)
import asyncio

ticks = 0
snap = {}


async def ticker(n=12):
    global ticks
    for _ in range(n):
        ticks += 1
        await asyncio.sleep(0)


async def worker(q):
    while True:
        item = await q.get()
        await asyncio.sleep(0)
        snap[f"done{item}"] = ticks
        q.task_done()


async def main():
    q = asyncio.Queue()
    for i in range(2):
        q.put_nowait(i)
    t = asyncio.create_task(ticker())
    w = asyncio.create_task(worker(q))
    await q.join()
    snap["joined"] = ticks
    w.cancel()
    await t


asyncio.run(main())
print(ticks, dict(sorted(snap.items())))
