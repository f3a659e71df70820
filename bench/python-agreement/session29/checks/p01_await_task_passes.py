# how many loop passes does `await t` take after t finishes? a spinner counts the passes
import asyncio

spins = 0
at_done = -1
at_resume = -1


async def spinner():
    global spins
    for _ in range(10):
        spins += 1
        await asyncio.sleep(0)


async def worker():
    global at_done
    await asyncio.sleep(0)
    at_done = spins


async def main():
    global at_resume
    asyncio.create_task(spinner())
    t = asyncio.create_task(worker())
    await t
    at_resume = spins


asyncio.run(main())
print(at_done, at_resume)
