# r03 contrast (the woken child raises, raise_return_exceptions_misses): CPython 6, weft-start at_end=5 
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
        raise ValueError("x")


async def main():
    global at_end
    lock = asyncio.Lock()
    asyncio.create_task(spinner())
    await asyncio.gather(holder(lock), waiter(lock), return_exceptions=True)
    at_end = spins


asyncio.run(main())
print(at_end)
