# variant of a09: TaskGroup of tasks that never raise (no try, no except*) -- no bug: in a TaskGroup one failing task cancels its siblings, and the error surfaces as an ExceptionGroup
import asyncio

finished_tasks = 0
cancelled_tasks = 0
group_failed = 0


async def step(delay):
    global finished_tasks
    await asyncio.sleep(delay)
    finished_tasks += 1


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(step(0.005))
        tg.create_task(step(0.01))
        tg.create_task(step(0.05))


asyncio.run(main())
assert finished_tasks == 3
