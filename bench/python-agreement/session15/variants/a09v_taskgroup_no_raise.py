# variant of a09 (except* refused): no task raises, no except* -- no bug: in a TaskGroup one failing task cancels its siblings, and the error surfaces as an ExceptionGroup
import asyncio

finished_tasks = 0
cancelled_tasks = 0
group_failed = 0


async def step(delay, fail=False):
    global finished_tasks, cancelled_tasks
    try:
        await asyncio.sleep(delay)
        if fail:
            raise ValueError("bad step")
        finished_tasks += 1
    except asyncio.CancelledError:
        cancelled_tasks += 1
        raise


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(step(0.005))
        tg.create_task(step(0.05))


asyncio.run(main())
assert finished_tasks == 2
