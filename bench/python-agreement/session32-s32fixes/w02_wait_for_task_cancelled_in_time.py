# wait_for(task, 0.5) of a task that a "stop" coroutine cancels at 0.01s, in time: CPython 3.11's
# wait_for returns fut.result(), which raises the task's CancelledError ('cancelled', every run); a
# second wait_for of another task with the same stopper code that is never cancelled times out.
import asyncio

outcomes = []


async def slow():
    await asyncio.sleep(1)


async def stop_soon(task, delay):
    await asyncio.sleep(delay)
    task.cancel()


async def waited(task, limit):
    try:
        await asyncio.wait_for(task, limit)
        outcomes.append("done")
    except asyncio.TimeoutError:
        outcomes.append("timeout")
    except asyncio.CancelledError:
        outcomes.append("cancelled")


async def main():
    first = asyncio.create_task(slow())
    stopper = asyncio.create_task(stop_soon(first, 0.01))
    await waited(first, 0.5)
    await stopper
    second = asyncio.create_task(slow())
    late = asyncio.create_task(stop_soon(second, 0.5))
    await waited(second, 0.01)
    await late


asyncio.run(main())
print(outcomes)
