import asyncio

async def beat():
    await asyncio.sleep(1)

async def main() -> bool:
    task = asyncio.create_task(beat())
    await asyncio.sleep(0.01)
    asked = task.cancel()
    before = task.cancelled()
    try:
        await task
    except asyncio.CancelledError:
        pass
    return task.cancelled()

was = int(asyncio.run(main()))
print(was)
