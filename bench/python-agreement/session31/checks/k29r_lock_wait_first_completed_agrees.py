# r03 contrast (wait_first_completed_agrees): CPython 6, weft-start at_end=6 
import asyncio

spins = 0
at_end = -1


async def spinner():
    global spins
    for _ in range(20):
        spins += 1
        await asyncio.sleep(0)


async def holder(lock):
    async with lock:
        await asyncio.sleep(0)
        await asyncio.sleep(0)


async def waiter(lock):
    await asyncio.sleep(0)
    async with lock:
        pass


async def main():
    global at_end
    lock = asyncio.Lock()
    asyncio.create_task(spinner())
    t1 = asyncio.create_task(holder(lock))
    t2 = asyncio.create_task(waiter(lock))
    await asyncio.wait([t2], return_when=asyncio.FIRST_COMPLETED)
    at_end = spins


asyncio.run(main())
print(at_end)
