# gather over a child woken by Condition.notify (a ticker counts loop passes; snap holds the ticks seen at each point)
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


async def child(cond, box):
    async with cond:
        await cond.wait_for(lambda: box["go"])
        snap["child"] = ticks


async def notifier(cond, box):
    await asyncio.sleep(0)
    async with cond:
        box["go"] = True
        cond.notify_all()


async def main():
    cond = asyncio.Condition()
    box = {"go": False}
    t = asyncio.create_task(ticker())
    await asyncio.gather(child(cond, box), notifier(cond, box))
    snap["end"] = ticks
    await t


asyncio.run(main())
print(ticks, dict(sorted(snap.items())))
