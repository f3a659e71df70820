# check: a task whose exception is never retrieved does not stop the program
import asyncio

log = []


async def flaky():
    await asyncio.sleep(0.001)
    raise ValueError("lost")


async def main():
    asyncio.create_task(flaky())
    await asyncio.sleep(0.01)
    log.append("main done")


asyncio.run(main())
print(log)
