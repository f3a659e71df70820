"""Two pending tasks cancelled by asyncio.run's end: their handlers run in the tasks' creation order."""
import asyncio

log = []


async def worker(name):
    try:
        await asyncio.sleep(1)
    finally:
        log.append(name)


async def main():
    asyncio.create_task(worker("first"))
    asyncio.create_task(worker("second"))
    await asyncio.sleep(0.001)


asyncio.run(main())
print(log)
