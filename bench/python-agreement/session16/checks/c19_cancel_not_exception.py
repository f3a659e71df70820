# check: CancelledError is not an Exception (3.8+): `except Exception` does not catch a cancel
import asyncio

caught = 0
cancelled = 0


async def worker():
    global caught
    try:
        await asyncio.sleep(1)
    except Exception:
        caught = 1


async def main():
    global cancelled
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        cancelled = 1


asyncio.run(main())
print(caught, cancelled)
