# gather of two children both waiting for the Lock (a ticker counts loop passes; snap holds the ticks seen at each point)
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


async def child(i, lock):
    async with lock:
        snap[f"c{i}"] = ticks


async def main():
    lock = asyncio.Lock()
    t = asyncio.create_task(ticker())
    h = asyncio.create_task(holder(lock))
    await asyncio.sleep(0)
    await asyncio.gather(child(0, lock), child(1, lock))
    snap["end"] = ticks
    await h
    await t


asyncio.run(main())
print(ticks, dict(sorted(snap.items())))
