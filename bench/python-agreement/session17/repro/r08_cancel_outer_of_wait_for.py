# silent error: cancelling a task whose coroutine is inside `await asyncio.wait_for(inner(), timeout=10)` cancels the
# inner task too (wait_for cancels it when it is cancelled): CPython events=['inner cancelled', 'outer cancelled']
# 10/10; weft (complete) lists only ['outer cancelled']: the cancel stops the outer wait and the inner task sleeps on.
import asyncio

events = []


async def inner():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        events.append("inner cancelled")
        raise


async def outer():
    await asyncio.wait_for(inner(), timeout=10)


async def main():
    task = asyncio.create_task(outer())
    await asyncio.sleep(0.005)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        events.append("outer cancelled")


asyncio.run(main())
print(events)
