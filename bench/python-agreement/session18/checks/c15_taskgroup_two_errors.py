# Two TaskGroup children fail; the group carries both; a sibling is cancelled.
import asyncio

caught = 0
cancelled = 0
finished = 0


async def fail_after(delay):
    await asyncio.sleep(delay)
    raise ValueError(delay)


async def long_one():
    global cancelled, finished
    try:
        await asyncio.sleep(0.1)
        finished += 1
    except asyncio.CancelledError:
        cancelled += 1
        raise


async def main():
    global caught
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail_after(0.001))
            tg.create_task(fail_after(0.001))
            tg.create_task(long_one())
    except* ValueError:
        caught += 1


asyncio.run(main())
