import asyncio

spins = 0
at_resume = -1


async def spinner():
    global spins
    for _ in range(20):
        spins += 1
        await asyncio.sleep(0)


async def cached():
    return 7

async def main():
    global at_resume
    asyncio.create_task(spinner())
    await asyncio.sleep(0)
    before = spins
    await asyncio.create_task(cached())
    at_resume = spins - before


asyncio.run(main())
print(at_resume)
