# ordered
# Cancelling a task that awaits another task cancels that task too (the cancel goes to the future it
# waits on).
import asyncio

log = []


async def inner():
    try:
        await asyncio.sleep(1)
        log.append("inner finished")
    except asyncio.CancelledError:
        log.append("inner cancelled")
        raise


async def outer(task):
    await task


async def main():
    task = asyncio.create_task(inner())
    wrapper = asyncio.create_task(outer(task))
    await asyncio.sleep(0.01)
    wrapper.cancel()
    await asyncio.gather(wrapper, return_exceptions=True)
    await asyncio.sleep(0.01)
    log.append(task.cancelled())


asyncio.run(main())
print(log)
