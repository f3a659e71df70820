# awaiting a Task twice is fine: the second await gives the same result
import asyncio

log = []


async def job():
    await asyncio.sleep(0.001)
    return 5


async def main():
    task = asyncio.create_task(job())
    first = await task
    second = await task
    log.append(first + second)


asyncio.run(main())
print(log)
