# repro: a TaskGroup child cancelled by a sibling (not by the group) does not fail the group: CPython 3.11's
# TaskGroup._on_task_done returns at once for a cancelled task, and the group's end does not re-raise its
# CancelledError; the other children finish, the code after the `async with` runs. CPython: ok, log=[2, 9]
# (10 of 10); weft: fault "CancelledError: `main-2#1` was cancelled" at the group's end, "complete within
# a 20ms time window".
import asyncio

log = []


async def job(n, delay):
    await asyncio.sleep(delay)
    log.append(n)


async def canceller(task):
    await asyncio.sleep(0.002)
    task.cancel()


async def main():
    async with asyncio.TaskGroup() as tg:
        victim = tg.create_task(job(1, 0.05))
        tg.create_task(job(2, 0.01))
        tg.create_task(canceller(victim))
    log.append(9)


asyncio.run(main())
