# Two TaskGroup children that raise in their first step (no await before the raise), and a spinner
# started before the group: the ExceptionGroup holds both errors, and the spinner's count when it is
# caught says how many passes the group's end took (CPython: the done callbacks on the next pass, the
# group's waiter on the one after).
import asyncio

spins = 0
at_caught = -1
errors = 0


async def spinner():
    global spins
    for _ in range(10):
        spins += 1
        await asyncio.sleep(0)


async def bad(n):
    raise ValueError(n)


async def main():
    global at_caught, errors
    asyncio.create_task(spinner())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(bad(1))
            tg.create_task(bad(2))
    except* ValueError as group:
        errors = len(group.exceptions)
        at_caught = spins


asyncio.run(main())
print(at_caught, errors)
