# variant of a01: gather into a local, then results.extend(rs) -- no bug: gather runs three coroutines concurrently and returns results in argument order
import asyncio

results = []


async def fetch(n, delay):
    await asyncio.sleep(delay)
    return n * 10


async def main():
    rs = await asyncio.gather(fetch(1, 0.02), fetch(2, 0.01), fetch(3, 0.015))
    for r in rs:
        results.append(r)


asyncio.run(main())
assert results == [10, 20, 30]
