"""task.cancel() return values, cancelled(), and CancelledError caught by the awaiting coroutine."""
import asyncio

states: dict[str, int] = {}
cleanup: list[str] = []


async def job() -> int:
    try:
        await asyncio.sleep(1)
        return 5
    finally:
        cleanup.append("job cleaned")


async def main() -> None:
    task = asyncio.create_task(job())
    await asyncio.sleep(0.01)
    states["first_cancel"] = int(task.cancel())
    try:
        await task
    except asyncio.CancelledError:
        states["caught"] = 1
    states["cancelled"] = int(task.cancelled())
    states["second_cancel"] = int(task.cancel())
    states["done"] = int(task.done())


asyncio.run(main())
print(states, cleanup)
