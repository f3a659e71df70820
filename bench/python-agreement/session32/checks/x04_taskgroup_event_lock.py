# TaskGroup: a loader sets an Event, two readers wait then write under a Lock (a ticker counts loop passes; snap holds the ticks seen at each point)
import asyncio

ticks = 0
snap = {}


async def ticker(n=25):
    global ticks
    for _ in range(n):
        ticks += 1
        await asyncio.sleep(0)


async def loader(ev):
    await asyncio.sleep(0)
    ev.set()
    snap["loaded"] = ticks


async def reader(i, ev, lock):
    await ev.wait()
    async with lock:
        await asyncio.sleep(0)
        snap[f"read{i}"] = ticks


async def main():
    ev = asyncio.Event()
    lock = asyncio.Lock()
    t = asyncio.create_task(ticker())
    async with asyncio.TaskGroup() as tg:
        tg.create_task(reader(0, ev, lock))
        tg.create_task(reader(1, ev, lock))
        tg.create_task(loader(ev))
    snap["end"] = ticks
    await t


asyncio.run(main())
print(ticks, dict(sorted(snap.items())))
