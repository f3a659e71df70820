# BUG: awaiting the same coroutine object twice raises RuntimeError
import asyncio

log = []


async def job():
    await asyncio.sleep(0.001)
    return 5


async def main():
    coro = job()
    first = await coro
    log.append(first)
    try:
        second = await coro
        log.append(second)
    except RuntimeError:
        log.append(-1)


asyncio.run(main())
print(log)
