# Semaphore(1) taken by three tasks in turn (a ticker counts loop passes; each snapshot is the ticks seen at that point)
import asyncio

ticks = 0
snap = {}


async def ticker(n=12):
    global ticks
    for _ in range(n):
        ticks += 1
        await asyncio.sleep(0)


async def job(i, sem):
    async with sem:
        snap[f"in{i}"] = ticks
        await asyncio.sleep(0)


async def main():
    sem = asyncio.Semaphore(1)
    t = asyncio.create_task(ticker())
    await asyncio.gather(*(job(i, sem) for i in range(3)))
    snap["end"] = ticks
    await t


asyncio.run(main())
print(ticks, dict(sorted(snap.items())))
