# q.join() where the last task_done comes from a worker woken by a Lock (a ticker counts loop passes; snap holds the ticks seen at each point)
import asyncio

ticks = 0
snap = {}


async def ticker(n=25):
    global ticks
    for _ in range(n):
        ticks += 1
        await asyncio.sleep(0)


async def holder(lock):
    async with lock:
        await asyncio.sleep(0)
        await asyncio.sleep(0)


async def worker(q, lock):
    item = await q.get()
    async with lock:
        snap["worked"] = ticks
    q.task_done()


async def main():
    lock = asyncio.Lock()
    q = asyncio.Queue()
    q.put_nowait(1)
    t = asyncio.create_task(ticker())
    h = asyncio.create_task(holder(lock))
    await asyncio.sleep(0)
    w = asyncio.create_task(worker(q, lock))
    await q.join()
    snap["joined"] = ticks
    await h
    await w
    await t


asyncio.run(main())
print(ticks, dict(sorted(snap.items())))
