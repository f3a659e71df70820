# A task that raises and is never awaited: asyncio logs it and the program goes on.
import asyncio

log = []


async def failing():
    await asyncio.sleep(0)
    raise ValueError("lost")


async def main():
    asyncio.create_task(failing())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    log.append("main done")


asyncio.run(main())
print(log)
