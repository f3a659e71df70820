# Condition.notify_all wakes two waiters (a ticker counts loop passes; each snapshot is the ticks seen at that point)
import asyncio

ticks = 0
snap = {}


async def ticker(n=12):
    global ticks
    for _ in range(n):
        ticks += 1
        await asyncio.sleep(0)


async def waiter(i, cond, box):
    async with cond:
        await cond.wait_for(lambda: box["ready"])
        snap[f"woke{i}"] = ticks


async def main():
    cond = asyncio.Condition()
    box = {"ready": False}
    t = asyncio.create_task(ticker())
    ws = [asyncio.create_task(waiter(i, cond, box)) for i in range(2)]
    await asyncio.sleep(0)
    async with cond:
        box["ready"] = True
        cond.notify_all()
    snap["notified"] = ticks
    await asyncio.gather(*ws)
    snap["end"] = ticks
    await t


asyncio.run(main())
print(ticks, dict(sorted(snap.items())))
