"""A task that raises and is never awaited: asyncio only logs "Task exception was never retrieved"."""
import asyncio

log = []


async def broken():
    log.append("broken runs")
    raise RuntimeError("oops")


async def main():
    asyncio.create_task(broken())
    await asyncio.sleep(0.01)
    log.append("main done")


asyncio.run(main())
count = len(log)
print(log)
