# wait_for(task, t) of a task that waits on a Lock chain (a ticker counts loop passes; snap holds the ticks seen at each point)
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


async def job(lock):
    async with lock:
        snap["job"] = ticks
    return "done"


async def main():
    lock = asyncio.Lock()
    t = asyncio.create_task(ticker())
    h = asyncio.create_task(holder(lock))
    await asyncio.sleep(0)
    j = asyncio.create_task(job(lock))
    verdict = await asyncio.wait_for(j, timeout=1)
    snap["end"] = ticks
    snap["ok"] = 1 if verdict == "done" else 0
    await h
    await t


asyncio.run(main())
print(ticks, dict(sorted(snap.items())))
