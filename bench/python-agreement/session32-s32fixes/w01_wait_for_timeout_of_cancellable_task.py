# wait_for(task, 0.01) of a task that a "stop" coroutine may also cancel, but only later (at 0.5s):
# the time-out fires first, so CPython's outcome is 'timeout' in every run (wait_for cancels the task
# itself, waits for it to end, and raises TimeoutError).
import asyncio

outcome = ""


async def slow():
    await asyncio.sleep(1)


async def stop_later(task):
    await asyncio.sleep(0.5)
    task.cancel()


async def main():
    global outcome
    task = asyncio.create_task(slow())
    stopper = asyncio.create_task(stop_later(task))
    try:
        await asyncio.wait_for(task, 0.01)
        outcome = "done"
    except asyncio.TimeoutError:
        outcome = "timeout"
    except asyncio.CancelledError:
        outcome = "cancelled"
    await stopper


asyncio.run(main())
print(outcome)
