# CPython: cancelling a task throws CancelledError in at its await, so its `finally` runs: cleaned == 1.
import asyncio

never = asyncio.Event()
cleaned = 0


async def worker():
    global cleaned
    try:
        await never.wait()
    finally:
        cleaned = 1


async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0.01)
    task.cancel()
    await asyncio.sleep(0.01)


if __name__ == "__main__":
    asyncio.run(main())
