# no bug: a task that catches CancelledError and returns normally is not cancelled; awaiting it gives its value
import asyncio

got = 0
was_cancelled = -1


async def worker():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        return 7
    return 1


async def main():
    global got
    task = asyncio.create_task(worker())
    await asyncio.sleep(0.001)
    task.cancel()
    got = await task


asyncio.run(main())
print(got, was_cancelled)
