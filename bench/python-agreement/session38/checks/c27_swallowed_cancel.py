# ordered
# A task that catches CancelledError and returns normally is not cancelled: its result is the value.
import asyncio

log = []


async def stubborn():
    try:
        await asyncio.sleep(1)
        return "finished"
    except asyncio.CancelledError:
        return "ignored cancel"


async def main():
    task = asyncio.create_task(stubborn())
    await asyncio.sleep(0.01)
    task.cancel()
    result = await task
    log.append(result)
    log.append(task.cancelled())


asyncio.run(main())
print(log)
