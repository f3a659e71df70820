import asyncio

spins = 0
at_release = -1
at_acquire = -1


async def spinner():
    global spins
    for _ in range(10):
        spins += 1
        await asyncio.sleep(0)


async def holder(lock):
    global at_release
    async with lock:
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        at_release = spins


async def taker(lock):
    global at_acquire
    await asyncio.sleep(0)
    async with lock:
        at_acquire = spins


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(spinner(), holder(lock), taker(lock))


asyncio.run(main())
print(at_release, at_acquire)
