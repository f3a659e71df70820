# await asyncio.wait_for(coro, 1) of a coroutine of two sleeps(0): main's resumption against a spinner
import asyncio

spins = 0
at_resume = -1


async def spinner():
    global spins
    for _ in range(12):
        spins += 1
        await asyncio.sleep(0)


async def two():
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    return 2


async def main():
    global at_resume
    asyncio.create_task(spinner())
    await asyncio.wait_for(two(), timeout=1)
    at_resume = spins


asyncio.run(main())
print(at_resume)
