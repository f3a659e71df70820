# a first gather's values (30), then a cancel while a second gather waits: both slow children stop. CPython
# 3.11.7: [30, 's1', 's2', 'cancelled'] every run. weft before s18cancel: s2 never stopped, 'complete'.
import asyncio

log = []


async def quick(n):
    await asyncio.sleep(0)
    return n * 10


async def slow(name):
    try:
        await asyncio.sleep(1)
        return 0
    except asyncio.CancelledError:
        log.append(name)
        raise


async def parent():
    first, second = await asyncio.gather(quick(1), quick(2))
    log.append(first + second)
    await asyncio.gather(slow("s1"), slow("s2"))
    log.append("not reached")


async def main():
    task = asyncio.create_task(parent())
    await asyncio.sleep(0.01)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        log.append("cancelled")


asyncio.run(main())
print(log)
