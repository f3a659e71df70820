"""A task loop: only the last pass's task is awaited; the others are cancelled by asyncio.run's end."""
import asyncio

log = []


async def work(i):
    try:
        await asyncio.sleep(0.01 * (3 - i))
        log.append(f"done{i}")
    except asyncio.CancelledError:
        log.append(f"cancelled{i}")
        raise


async def main():
    for i in range(3):
        t = asyncio.create_task(work(i))
    await t


asyncio.run(main())
print(sorted(log))
