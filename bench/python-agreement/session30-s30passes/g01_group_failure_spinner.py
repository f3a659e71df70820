# A TaskGroup's second child fails after three passes; a spinner started before the group counts the
# loop's passes. CPython 3.11 cancels the first child on the pass after the failure (the group's done
# callback) and raises the ExceptionGroup one pass after the last child's end.
import asyncio

spins = 0
at_cancelled = -1
at_caught = -1


async def spinner():
    global spins
    for _ in range(30):
        spins += 1
        await asyncio.sleep(0)


async def worker():
    global at_cancelled
    try:
        while True:
            await asyncio.sleep(0)
    except asyncio.CancelledError:
        at_cancelled = spins
        raise


async def failing():
    for _ in range(3):
        await asyncio.sleep(0)
    raise ValueError("bad")


async def main():
    global at_caught
    asyncio.create_task(spinner())
    await asyncio.sleep(0)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker())
            tg.create_task(failing())
    except* ValueError:
        at_caught = spins


asyncio.run(main())
print(at_cancelled, at_caught)
