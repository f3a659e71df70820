# asyncio.wait(FIRST_EXCEPTION): one task raises after one pass, the other runs on; counts and states
import asyncio

spins = 0
at_resume = -1
pending_left = -1


async def spinner():
    global spins
    for _ in range(20):
        spins += 1
        await asyncio.sleep(0)


async def bad():
    await asyncio.sleep(0)
    raise ValueError("x")


async def long():
    for _ in range(6):
        await asyncio.sleep(0)
    return 1


async def main():
    global at_resume, pending_left
    asyncio.create_task(spinner())
    t1 = asyncio.create_task(bad())
    t2 = asyncio.create_task(long())
    done, pending = await asyncio.wait([t1, t2], return_when=asyncio.FIRST_EXCEPTION)
    at_resume = spins
    pending_left = len(pending)
    await t2


asyncio.run(main())
print(at_resume, pending_left)
