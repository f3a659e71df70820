# no bug: `except Exception` does not catch CancelledError (a BaseException since 3.8); finally still runs
import asyncio

caught = 0
cleaned = 0
cancelled = 0


async def worker():
    global caught, cleaned
    try:
        await asyncio.sleep(1)
    except Exception:
        caught = 1
    finally:
        cleaned = 1


async def main():
    global cancelled
    task = asyncio.create_task(worker())
    await asyncio.sleep(0.001)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        cancelled = 1


asyncio.run(main())
print(caught, cleaned, cancelled)
