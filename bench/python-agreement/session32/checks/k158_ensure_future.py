# asyncio.ensure_future(coro) schedules a task like create_task.
import asyncio

log = []


async def job(n):
    await asyncio.sleep(0)
    log.append(n)


async def main():
    t = asyncio.ensure_future(job(1))
    asyncio.ensure_future(job(2))
    await t
    await asyncio.sleep(0)
    await asyncio.sleep(0)


asyncio.run(main())
print(log)
