# as_completed over a lock-woken child and a spinner (a ticker counts loop passes; snap holds the ticks seen at each point)
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


async def child(lock):
    async with lock:
        snap["child"] = ticks
    return 1


async def spin():
    for _ in range(4):
        await asyncio.sleep(0)
    return 2


async def main():
    lock = asyncio.Lock()
    t = asyncio.create_task(ticker())
    h = asyncio.create_task(holder(lock))
    await asyncio.sleep(0)
    for fut in asyncio.as_completed([child(lock), spin()]):
        v = await fut
        snap[f"got{v}"] = ticks
    await h
    await t


asyncio.run(main())
print(ticks, dict(sorted(snap.items())))
