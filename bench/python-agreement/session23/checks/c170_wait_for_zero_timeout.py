# check: wait_for(coro, 0) in 3.11: the coroutine is wrapped and cancelled before it ever runs; TimeoutError
import asyncio

log = []


async def job():
    log.append("started")
    await asyncio.sleep(0.01)
    return 1


async def main():
    try:
        await asyncio.wait_for(job(), 0)
    except asyncio.TimeoutError:
        log.append("timeout")


asyncio.run(main())
