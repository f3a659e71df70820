# Known bug: two coroutines take two asyncio locks in opposite order with an await between; they deadlock and wait_for gives up (deadlocked == 1).
import asyncio

deadlocked = 0
finished = 0


async def task(first, second):
    global finished
    async with first:
        await asyncio.sleep(0)
        async with second:
            finished += 1


async def main():
    global deadlocked
    a = asyncio.Lock()
    b = asyncio.Lock()
    try:
        await asyncio.wait_for(asyncio.gather(task(a, b), task(b, a)), timeout=0.1)
    except asyncio.TimeoutError:
        deadlocked = 1


asyncio.run(main())
print("deadlocked" if deadlocked else "finished", finished)
