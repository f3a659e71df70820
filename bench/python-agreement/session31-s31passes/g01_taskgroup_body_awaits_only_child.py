# A TaskGroup whose body awaits its only task: the task's done callback runs before the body resumes, so
# the end of the `async with` takes no pass (CPython 3.11).
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
    asyncio.create_task(spinner())
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(quick(2))
        await t
    at_resume = spins


asyncio.run(main())
print(at_resume)
