# wait(FIRST_COMPLETED) over a task that waits for a Lock (a ticker counts loop passes; each snapshot is the ticks seen at that point)
import asyncio

ticks = 0
snap = {}


async def ticker(n=12):
    global ticks
    for _ in range(n):
        ticks += 1
        await asyncio.sleep(0)


async def holder(lock):
    async with lock:
        await asyncio.sleep(0)
        await asyncio.sleep(0)


async def taker(lock):
    async with lock:
        snap["took"] = ticks


async def main():
    lock = asyncio.Lock()
    t = asyncio.create_task(ticker())
    h = asyncio.create_task(holder(lock))
    await asyncio.sleep(0)
    k = asyncio.create_task(taker(lock))
    done, pending = await asyncio.wait([k], return_when=asyncio.FIRST_COMPLETED)
    snap["end"] = ticks
    await h
    await t


asyncio.run(main())
print(ticks, dict(sorted(snap.items())))
