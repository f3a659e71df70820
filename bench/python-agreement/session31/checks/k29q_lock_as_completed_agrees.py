# r03 contrast (as_completed_agrees): CPython 5, weft-start at_end=5 
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
    for c in asyncio.as_completed([holder(lock), waiter(lock)]):
        await c
    at_end = spins


asyncio.run(main())
print(at_end)
