# check: when a TaskGroup's body raises, the group cancels its tasks in the order of its set of tasks
import asyncio

log = []


async def child(n):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append(n)
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child(0))
            tg.create_task(child(1))
            tg.create_task(child(2))
            await asyncio.sleep(0.005)
            raise KeyError("body")
    except* KeyError:
        log.append(9)


asyncio.run(main())
