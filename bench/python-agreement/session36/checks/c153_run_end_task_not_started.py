"""A task created just before main returns never starts: cancelled before its first step."""
import asyncio

log = []


async def worker():
    log.append("started")
    await asyncio.sleep(0)
    log.append("finished")


async def main():
    asyncio.create_task(worker())
    log.append("main returns")


asyncio.run(main())
print(log)
