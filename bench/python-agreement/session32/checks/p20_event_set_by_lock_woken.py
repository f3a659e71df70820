# an Event set by a task woken by a Lock (a ticker counts loop passes; snap holds the ticks seen at each point)
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


async def setter(lock, ev):
    async with lock:
        ev.set()
        snap["set"] = ticks


async def main():
    lock = asyncio.Lock()
    ev = asyncio.Event()
    t = asyncio.create_task(ticker())
    h = asyncio.create_task(holder(lock))
    await asyncio.sleep(0)
    s = asyncio.create_task(setter(lock, ev))
    await ev.wait()
    snap["woke"] = ticks
    await h
    await s
    await t


asyncio.run(main())
print(ticks, dict(sorted(snap.items())))
