# a future made with loop.create_future() is set by another task; the awaiter resumes a pass later
import asyncio

spins = 0
marks = []


async def spinner():
    global spins
    for _ in range(20):
        spins += 1
        await asyncio.sleep(0)


async def resolver(fut):
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    fut.set_result(7)
    marks.append(spins)


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    asyncio.create_task(spinner())
    asyncio.create_task(resolver(fut))
    value = await fut
    marks.append(spins)
    marks.append(value)


asyncio.run(main())
print(marks)
