# The same with `finally` (the cancellation goes on): cleanup runs, and `await task` raises
# CancelledError in main, which counts it.
import asyncio

cleaned = 0
seen = 0


async def worker() -> None:
    global cleaned
    try:
        await asyncio.sleep(1)
    finally:
        cleaned += 1


async def main() -> None:
    global seen
    task = asyncio.create_task(worker())
    await asyncio.sleep(0.01)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        seen = 1
    print(f"cleaned={cleaned} seen={seen}")


asyncio.run(main())
