import asyncio

spins = 0
at_resume = -1


async def spinner():
    global spins
    for _ in range(12):
        spins += 1
        await asyncio.sleep(0)


async def quick(n):
    for _ in range(n):
        await asyncio.sleep(0)
    return n

sem = asyncio.Semaphore(1)


async def holder():
    async with sem:
        await asyncio.sleep(0)


async def main():
    global at_resume
    asyncio.create_task(spinner())
    asyncio.create_task(holder())
    await asyncio.sleep(0)
    await asyncio.wait_for(sem.acquire(), timeout=1)
    sem.release()
    at_resume = spins


asyncio.run(main())
print(at_resume)
