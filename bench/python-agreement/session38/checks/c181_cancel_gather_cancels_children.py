# Cancelling the task that awaits gather(...) cancels every child of the gather.
import asyncio

log = []


async def child(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def parent():
    await asyncio.gather(child("a"), child("b"))


async def main():
    task = asyncio.create_task(parent())
    await asyncio.sleep(0.01)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        log.append("parent cancelled")


asyncio.run(main())
print(log)
