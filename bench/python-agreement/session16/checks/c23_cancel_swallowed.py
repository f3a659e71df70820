# check: a task that catches CancelledError and returns goes on after the cancel; awaiting it gives its value
import asyncio

cleanup_steps = 0
value = 0


async def worker():
    global cleanup_steps
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        cleanup_steps += 1
        await asyncio.sleep(0.01)
        cleanup_steps += 1
    return 5


async def main():
    global value
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.01)
    t.cancel()
    value = await t


asyncio.run(main())
print(cleanup_steps, value)
