# no bug: cancelling a task inside wait_for(inner(), 10) cancels the inner coroutine's task too
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
