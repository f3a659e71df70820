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

cond = asyncio.Condition()
flag = 0


async def setter():
    global flag
    await asyncio.sleep(0)
    async with cond:
        flag = 1
        cond.notify_all()


async def main():
    global at_resume
    asyncio.create_task(spinner())
    asyncio.create_task(setter())
    async with cond:
        await asyncio.wait_for(cond.wait_for(lambda: flag == 1), timeout=1)
    at_resume = spins


asyncio.run(main())
print(at_resume)
