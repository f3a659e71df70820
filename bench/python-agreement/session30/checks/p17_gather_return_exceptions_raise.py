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

async def bad(n):
    await quick(n)
    raise ValueError(n)


async def main():
    global at_resume
    asyncio.create_task(spinner())
    await asyncio.gather(quick(1), bad(2), return_exceptions=True)
    at_resume = spins


asyncio.run(main())
print(at_resume)
