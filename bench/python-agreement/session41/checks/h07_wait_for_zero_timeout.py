# check: asyncio.wait_for(coro, 0) cancels the coroutine before its body runs
import asyncio

log = []


async def job():
    log.append("job started")
    await asyncio.sleep(0.001)
    log.append("job finished")


async def main():
    try:
        await asyncio.wait_for(job(), timeout=0)
    except asyncio.TimeoutError:
        log.append("timeout")


asyncio.run(main())
print(log)
