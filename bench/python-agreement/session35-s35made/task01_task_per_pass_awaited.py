# A coroutine's `for` over a range of constants that starts a task per pass and awaits it in the same
# pass, while a background task started before the loop appends between the passes.
import asyncio

log = []


async def work(n):
    await asyncio.sleep(0.001)
    log.append(n)
    return n * 10


async def ticker():
    for _ in range(2):
        log.append("tick")
        await asyncio.sleep(0.0015)


async def main():
    background = asyncio.create_task(ticker())
    total = 0
    for i in range(3):
        t = asyncio.create_task(work(i))
        total += await t
    await background
    print(log, total)


asyncio.run(main())
