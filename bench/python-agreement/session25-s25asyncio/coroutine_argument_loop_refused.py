"""A helper awaits its coroutine argument in a loop: Python's second await raises RuntimeError (refused by weft)."""
import asyncio


async def ping():
    await asyncio.sleep(0.001)
    return 1


async def twice(coro):
    total = 0
    for _ in range(2):
        try:
            total += await coro
        except RuntimeError:
            total += 100
    return total


result = asyncio.run(twice(ping()))
print(result)
