# a loop future set by another task (a ticker counts loop passes; each snapshot is the ticks seen at that point)
import asyncio

ticks = 0
snap = {}


async def ticker(n=12):
    global ticks
    for _ in range(n):
        ticks += 1
        await asyncio.sleep(0)


async def resolver(fut):
    await asyncio.sleep(0)
    fut.set_result(9)


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    t = asyncio.create_task(ticker())
    r = asyncio.create_task(resolver(fut))
    v = await fut
    snap["got"] = ticks
    snap["v"] = v
    await r
    await t


asyncio.run(main())
print(ticks, dict(sorted(snap.items())))
