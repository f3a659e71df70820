# passes: `asyncio.wait(tasks, timeout=1)` over tasks that had all ended before the call (CPython runs
# the done callbacks on the next pass, then wakes the awaiter)
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
    t1 = asyncio.create_task(quick(0))
    t2 = asyncio.create_task(quick(1))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    asyncio.create_task(spinner())
    await asyncio.wait([t1, t2], timeout=1)
    at_resume = spins


asyncio.run(main())
print(at_resume)
