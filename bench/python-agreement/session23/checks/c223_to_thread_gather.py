# check: asyncio.to_thread jobs gathered with a coroutine; the thread jobs run in the default executor
import asyncio
import time

log = []


def blocking(n):
    time.sleep(0.01 * n)
    log.append(n)
    return n * 2


async def ticker():
    for i in range(3):
        log.append(100 + i)
        await asyncio.sleep(0.008)


async def main():
    results = await asyncio.gather(asyncio.to_thread(blocking, 1), asyncio.to_thread(blocking, 2), ticker())
    log.append(results[0] + results[1])


asyncio.run(main())
