"""A task main never awaits is cancelled by asyncio.run when main returns; its except runs."""
import asyncio

log: list[str] = []


async def background() -> None:
    try:
        await asyncio.sleep(1)
        log.append("background done")
    except asyncio.CancelledError:
        log.append("background cancelled")
        raise


async def main() -> None:
    asyncio.create_task(background())
    await asyncio.sleep(0.01)
    log.append("main done")


asyncio.run(main())
print(log)
