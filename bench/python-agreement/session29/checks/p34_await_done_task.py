import asyncio

spins = 0
at_resume = -1


async def spinner():
    global spins
    for _ in range(20):
        spins += 1
        await asyncio.sleep(0)


async def noop():
    return 1

async def main():
    global at_resume
    asyncio.create_task(spinner())
    await asyncio.sleep(0)
    before = spins
    t = asyncio.create_task(noop())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    await t
    await t
    at_resume = spins - before


asyncio.run(main())
print(at_resume)
