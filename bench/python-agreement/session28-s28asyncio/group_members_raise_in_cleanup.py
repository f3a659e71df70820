"""A child cancelled by the group raises from its handler: the group holds both exceptions, in order."""
import asyncio

seen: list[str] = []


async def failing() -> None:
    await asyncio.sleep(0.005)
    raise ValueError("first")


async def stubborn() -> None:
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        raise RuntimeError("cleanup failed")


async def main() -> None:
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(stubborn())
            tg.create_task(failing())
    except* Exception as group:
        seen.extend(repr(e) for e in group.exceptions)


asyncio.run(main())
print(seen)
assert seen == ["ValueError('first')", "RuntimeError('cleanup failed')"]
