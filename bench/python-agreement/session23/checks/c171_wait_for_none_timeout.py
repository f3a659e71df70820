# check: wait_for(coro, None) waits without a limit
import asyncio

log = []


async def job():
    await asyncio.sleep(0.02)
    return 3


async def main():
    v = await asyncio.wait_for(job(), None)
    log.append(v)


asyncio.run(main())
