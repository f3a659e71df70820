# `if await ...:` and `while await ...` in a coroutine, with a ticker counting passes.
import asyncio

ticks = 0
seen_at = -1
rounds = 0
ok = 0


async def ticker():
    global ticks
    for _ in range(8):
        ticks += 1
        await asyncio.sleep(0)


async def ready(n):
    await asyncio.sleep(0)
    return n > 1


async def main():
    global seen_at, rounds, ok
    t = asyncio.create_task(ticker())
    n = 0
    while not await ready(n):
        n += 1
        rounds += 1
    seen_at = ticks
    if await ready(5):
        ok = 1
    await t


asyncio.run(main())
print(ticks, seen_at, rounds, ok)
