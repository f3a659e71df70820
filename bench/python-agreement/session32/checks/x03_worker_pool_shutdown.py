# queue, two workers, join, cancel, gather(return_exceptions=True) (a ticker counts loop passes; snap holds the ticks seen at each point)
import asyncio

ticks = 0
snap = {}


async def ticker(n=25):
    global ticks
    for _ in range(n):
        ticks += 1
        await asyncio.sleep(0)


async def worker(name, q):
    while True:
        item = await q.get()
        await asyncio.sleep(0)
        snap[f"{name}_{item}"] = ticks
        q.task_done()


async def main():
    q = asyncio.Queue()
    for i in range(3):
        q.put_nowait(i)
    t = asyncio.create_task(ticker())
    workers = [asyncio.create_task(worker(f"w{i}", q)) for i in range(2)]
    await q.join()
    snap["joined"] = ticks
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    snap["end"] = ticks
    await t


asyncio.run(main())
print(ticks, dict(sorted(snap.items())))
