"""A task that catches CancelledError and returns normally: it is not cancelled() and its result is its return."""
import asyncio

log = []


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append("caught")
        return 7
    return 0


async def main():
    task = asyncio.create_task(stubborn())
    await asyncio.sleep(0.01)
    task.cancel()
    value = await task
    return value, task.cancelled()


value, was_cancelled = asyncio.run(main())
flag = int(was_cancelled)
print(value, flag, log)
