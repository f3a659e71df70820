"""Coroutines return list displays (items known when the program starts); the caller reads, appends, measures."""
import asyncio


async def pair(n):
    await asyncio.sleep(0.001 * n)
    return [n, n * 10]


async def main():
    a = asyncio.create_task(pair(2))
    b = asyncio.create_task(pair(1))
    first = await a
    second = await b
    extra = 99
    return first[0] + second[1] + first[1] + extra


total = asyncio.run(main())
print(total)
assert total == 131
