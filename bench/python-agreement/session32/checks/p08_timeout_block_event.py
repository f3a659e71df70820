# asyncio.timeout block around an Event set after a pass (a ticker counts loop passes; each snapshot is the ticks seen at that point)
import asyncio

ticks = 0
snap = {}


async def ticker(n=12):
    global ticks
    for _ in range(n):
        ticks += 1
        await asyncio.sleep(0)


async def setter(ev):
    await asyncio.sleep(0)
    ev.set()


async def main():
    ev = asyncio.Event()
    t = asyncio.create_task(ticker())
    s = asyncio.create_task(setter(ev))
    async with asyncio.timeout(1):
        await ev.wait()
        snap["inside"] = ticks
    snap["after"] = ticks
    await s
    await t


asyncio.run(main())
print(ticks, dict(sorted(snap.items())))
