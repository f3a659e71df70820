# r03 contrast (queue_get_misses): CPython 6, weft-start at_end=5
import asyncio

spins = 0
at_end = -1
q = None


async def spinner():
    global spins
    for _ in range(20):
        spins += 1
        await asyncio.sleep(0)


async def holder(lock):
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    q.put_nowait(1)


async def waiter(lock):
    await asyncio.sleep(0)
    await q.get()


async def main():
    global at_end
    global q
    lock = None
    q = asyncio.Queue()
    asyncio.create_task(spinner())
    await asyncio.gather(holder(lock), waiter(lock))
    at_end = spins


asyncio.run(main())
print(at_end)
