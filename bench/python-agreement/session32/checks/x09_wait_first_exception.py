# asyncio.wait(FIRST_EXCEPTION): one task raises after a Lock (a ticker counts loop passes; snap holds the ticks seen at each point)
import asyncio

ticks = 0
snap = {}


async def ticker(n=25):
    global ticks
    for _ in range(n):
        ticks += 1
        await asyncio.sleep(0)


async def fine(lock):
    async with lock:
        await asyncio.sleep(0)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    return 1


async def broken(lock):
    async with lock:
        snap["broken_in"] = ticks
    raise ValueError("bad")


async def main():
    lock = asyncio.Lock()
    t = asyncio.create_task(ticker())
    a = asyncio.create_task(fine(lock))
    b = asyncio.create_task(broken(lock))
    done, pending = await asyncio.wait([a, b], return_when=asyncio.FIRST_EXCEPTION)
    snap["end"] = ticks
    snap["pending"] = len(pending)
    await asyncio.gather(a, b, return_exceptions=True)
    await t


asyncio.run(main())
print(ticks, dict(sorted(snap.items())))
