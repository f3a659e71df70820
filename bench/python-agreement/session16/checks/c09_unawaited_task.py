# check: a task never awaited is cancelled when asyncio.run's coroutine returns
import asyncio

flushed = 0
started = 0


async def flush_later():
    global flushed, started
    started = 1
    await asyncio.sleep(0.05)
    flushed = 1


async def main():
    asyncio.create_task(flush_later())
    await asyncio.sleep(0.01)


asyncio.run(main())
print(started, flushed)
