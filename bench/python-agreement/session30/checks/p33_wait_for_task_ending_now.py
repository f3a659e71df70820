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


async def main():
    global at_resume
    asyncio.create_task(spinner())
    t = asyncio.create_task(quick(1))
    await asyncio.sleep(0)
    await asyncio.wait_for(t, timeout=1)
    at_resume = spins


asyncio.run(main())
print(at_resume)
