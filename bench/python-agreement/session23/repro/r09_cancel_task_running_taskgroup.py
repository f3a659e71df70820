# repro: cancelling the task that is inside `async with asyncio.TaskGroup()` (waiting at the group's end):
# CPython 3.11's TaskGroup.__aexit__ cancels every child, waits for them, then lets CancelledError go on,
# so the children's handlers run before the supervisor's: log=[-2, -1, 0] or [-1, -2, 0] (the group's set
# order). weft: the supervisor's handler runs at once and the children are not cancelled: log=[0, 1, 2]
# or [0, 2, 1], "complete within a 20ms time window".
import asyncio

log = []


async def child(n):
    try:
        await asyncio.sleep(0.05)
        log.append(n)
    except asyncio.CancelledError:
        log.append(-n)
        raise


async def supervisor():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child(1))
            tg.create_task(child(2))
    except asyncio.CancelledError:
        log.append(0)
        raise


async def main():
    s = asyncio.create_task(supervisor())
    await asyncio.sleep(0.005)
    s.cancel()
    await asyncio.sleep(0.01)


asyncio.run(main())
