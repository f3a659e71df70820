# A TaskGroup in a task of its own (not asyncio.run's coroutine) whose body awaits while its tasks end:
# the group's end takes CPython's passes (none when every callback has run), counted by a spinner.
import asyncio

spins = 0
at_inner = -1
at_outer = -1


async def spinner():
    global spins
    for _ in range(15):
        spins += 1
        await asyncio.sleep(0)


async def quick(n):
    for _ in range(n):
        await asyncio.sleep(0)
    return n


async def supervisor():
    global at_inner
    async with asyncio.TaskGroup() as tg:
        tg.create_task(quick(1))
        tg.create_task(quick(2))
        for _ in range(4):
            await asyncio.sleep(0)
    at_inner = spins


async def main():
    global at_outer
    asyncio.create_task(spinner())
    await asyncio.create_task(supervisor())
    at_outer = spins


asyncio.run(main())
print(at_inner, at_outer)
