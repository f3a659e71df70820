# CPython 3.11: an IndexError in the body of `async with TaskGroup()` cancels the group's task and waits for
# it before the (grouped) exception leaves the `async with`: ok log == ['caught'] (10/10).
# weft explore: "complete within a 20ms time window", log == ['caught', 'worker done'] only: the task is
# neither cancelled nor waited for. (A `raise` statement there is refused; an implicit exception is not.)
import asyncio

log = []
items = [1]


async def worker():
    await asyncio.sleep(0.05)
    log.append("worker done")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker())
            await asyncio.sleep(0.01)
            x = items[5]
    except* IndexError:
        log.append("caught")


asyncio.run(main())
