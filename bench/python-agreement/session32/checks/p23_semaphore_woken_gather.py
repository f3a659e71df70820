# gather over a child woken by a Semaphore release (a ticker counts loop passes; snap holds the ticks seen at each point)
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


async def sem_holder(sem):
    async with sem:
        await asyncio.sleep(0)


async def child(sem):
    async with sem:
        snap["child"] = ticks


async def main():
    sem = asyncio.Semaphore(1)
    t = asyncio.create_task(ticker())
    h = asyncio.create_task(sem_holder(sem))
    await asyncio.sleep(0)
    await asyncio.gather(child(sem))
    snap["end"] = ticks
    await h
    await t


asyncio.run(main())
print(ticks, dict(sorted(snap.items())))
