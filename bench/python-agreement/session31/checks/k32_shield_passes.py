# await asyncio.shield(task) where the task takes two passes; main's resumption against a spinner
import asyncio

spins = 0
at_resume = -1


async def spinner():
    global spins
    for _ in range(20):
        spins += 1
        await asyncio.sleep(0)


async def two():
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    return 2


async def main():
    global at_resume
    asyncio.create_task(spinner())
    t = asyncio.create_task(two())
    await asyncio.shield(t)
    at_resume = spins


asyncio.run(main())
print(at_resume)
