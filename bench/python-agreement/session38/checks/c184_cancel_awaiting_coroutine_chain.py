# ordered
# A cancel reaches the innermost awaited coroutine (a plain `await coro()` chain); each level's except runs.
import asyncio

log = []


async def level2():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append("level2")
        raise


async def level1():
    try:
        await level2()
    except asyncio.CancelledError:
        log.append("level1")
        raise


async def main():
    task = asyncio.create_task(level1())
    await asyncio.sleep(0.01)
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    log.append(task.cancelled())


asyncio.run(main())
print(log)
