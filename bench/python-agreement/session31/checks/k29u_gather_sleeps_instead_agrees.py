# r03 contrast (three sleeps instead of the lock, same end pass: agrees): CPython 6, weft-start at_end=6
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
    for _ in range(3):
        await asyncio.sleep(0)


async def main():
    global at_end
    lock = asyncio.Lock()
    asyncio.create_task(spinner())
    await asyncio.gather(holder(lock), waiter(lock))
    at_end = spins


asyncio.run(main())
print(at_end)
