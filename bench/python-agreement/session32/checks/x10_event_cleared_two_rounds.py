# an Event set and cleared each round; a waiter counts the rounds it saw (a ticker counts loop passes; snap holds the ticks seen at each point)
import asyncio

ticks = 0
snap = {}


async def ticker(n=25):
    global ticks
    for _ in range(n):
        ticks += 1
        await asyncio.sleep(0)


async def waiter(ev, seen):
    for _ in range(2):
        await ev.wait()
        seen.append(ticks)
        await asyncio.sleep(0)


async def main():
    ev = asyncio.Event()
    seen = []
    t = asyncio.create_task(ticker())
    w = asyncio.create_task(waiter(ev, seen))
    for r in range(2):
        await asyncio.sleep(0)
        ev.set()
        await asyncio.sleep(0)
        ev.clear()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    snap["rounds_seen"] = len(seen)
    snap["end"] = ticks
    w.cancel()
    await t


asyncio.run(main())
print(ticks, dict(sorted(snap.items())))
