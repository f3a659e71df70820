# A task that swallows its cancel and goes on; the canceller then awaits its result.
import asyncio

steps = 0
result = ""


async def worker():
    global steps
    for _ in range(3):
        try:
            await asyncio.sleep(0)
            steps += 1
        except asyncio.CancelledError:
            steps += 10
    return "done"


async def main():
    global result
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    t.cancel()
    result = await t


asyncio.run(main())
print(steps, result)
