import asyncio

spins = 0
at_set = -1
at_resume = -1


async def spinner():
    global spins
    for _ in range(20):
        spins += 1
        await asyncio.sleep(0)


async def setter(fut):
    global at_set
    await asyncio.sleep(0)
    at_set = spins
    fut.set_result(5)


async def main():
    global at_resume
    asyncio.create_task(spinner())
    fut = asyncio.get_running_loop().create_future()
    s = asyncio.create_task(setter(fut))
    await fut
    at_resume = spins
    await s


asyncio.run(main())
print(at_set, at_resume)
