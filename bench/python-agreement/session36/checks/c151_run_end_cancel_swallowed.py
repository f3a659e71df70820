"""A pending task swallows the cancel of asyncio.run's end and returns a value; nothing hangs."""
import asyncio

log = []


async def worker():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append("swallowed")
    log.append("after")
    return 5


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.001)
    log.append("main done")


asyncio.run(main())
print(log)
