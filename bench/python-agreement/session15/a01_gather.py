# no bug: gather runs three coroutines concurrently and returns results in argument order
import asyncio

results = []


async def fetch(n, delay):
    await asyncio.sleep(delay)
    return n * 10


async def main():
    global results
    results = await asyncio.gather(fetch(1, 0.02), fetch(2, 0.01), fetch(3, 0.015))


asyncio.run(main())
assert results == [10, 20, 30]
