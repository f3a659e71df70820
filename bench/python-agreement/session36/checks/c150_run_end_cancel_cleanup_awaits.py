"""asyncio.run's end cancels a pending task; its handler awaits a sleep and then records (CPython waits)."""
import asyncio

log = []


async def worker():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append("cancelled")
        await asyncio.sleep(0.005)
        log.append("cleaned")
        raise


async def main():
    asyncio.create_task(worker())
    await asyncio.sleep(0.001)
    log.append("main done")


asyncio.run(main())
print(log)
