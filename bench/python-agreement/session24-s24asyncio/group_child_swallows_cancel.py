# A TaskGroup child cancelled by a sibling catches CancelledError and returns a value: it is not
# cancelled, and its result is read after the group.
import asyncio

log = []


async def stubborn():
    try:
        await asyncio.sleep(0.05)
        return 1
    except asyncio.CancelledError:
        return 2


async def canceller(task):
    await asyncio.sleep(0.005)
    task.cancel()


async def main():
    async with asyncio.TaskGroup() as tg:
        s = tg.create_task(stubborn())
        tg.create_task(canceller(s))
    log.append(s.result())


asyncio.run(main())
