# A worker whose last statement is `await asyncio.sleep(1)` inside `try/except CancelledError`, cancelled
# by main while it sleeps: the handler runs (caught=1) and the task ends normally.
import asyncio

caught = 0


async def worker() -> None:
    global caught
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        caught = 1


async def main() -> None:
    task = asyncio.create_task(worker())
    await asyncio.sleep(0.01)
    task.cancel()
    await task
    print(f"caught={caught} cancelled={task.cancelled()}")


asyncio.run(main())
