# variant of a01v: await into a local, return it; compare items -- variant of a01 (global assigned from await refused): main returns the list, module assigns results = asyncio.run(main()). no bug: gather runs three coroutines concurrently and returns results in argument order
import asyncio

async def fetch(n, delay):
    await asyncio.sleep(delay)
    return n * 10


async def main():
    rs = await asyncio.gather(fetch(1, 0.02), fetch(2, 0.01), fetch(3, 0.015))
    return rs


results = asyncio.run(main())
assert results[0] == 10 and results[1] == 20 and results[2] == 30
