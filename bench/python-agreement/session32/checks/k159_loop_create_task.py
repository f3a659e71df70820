# loop.create_task(coro) from the running loop.
import asyncio

log = []


async def job(n):
    await asyncio.sleep(0)
    log.append(n)


async def main():
    loop = asyncio.get_running_loop()
    t = loop.create_task(job(1))
    await t


asyncio.run(main())
print(log)
