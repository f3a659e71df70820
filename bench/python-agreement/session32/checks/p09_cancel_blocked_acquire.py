# cancel of a task blocked in lock.acquire (a ticker counts loop passes; each snapshot is the ticks seen at that point)
import asyncio

ticks = 0
snap = {}


async def ticker(n=12):
    global ticks
    for _ in range(n):
        ticks += 1
        await asyncio.sleep(0)


async def blocked(lock):
    try:
        async with lock:
            snap["got"] = ticks
    except asyncio.CancelledError:
        snap["cancelled"] = ticks
        raise


async def main():
    lock = asyncio.Lock()
    t = asyncio.create_task(ticker())
    await lock.acquire()
    b = asyncio.create_task(blocked(lock))
    await asyncio.sleep(0)
    b.cancel()
    lock.release()
    try:
        await b
    except asyncio.CancelledError:
        snap["seen"] = ticks
    await t


asyncio.run(main())
print(ticks, dict(sorted(snap.items())))
