# check: awaiting a coroutine that never suspends does not let other tasks run
import asyncio

log = []


async def compute(n):
    return n * 2


async def ticker():
    log.append("tick")


async def main():
    t = asyncio.create_task(ticker())
    a = await compute(1)
    b = await compute(2)
    log.append(f"sum={a + b}")
    await t


asyncio.run(main())
print(log)
