import asyncio


async def job(n, delay):
    await asyncio.sleep(delay)
    return n * 10


async def main():
    return await asyncio.gather(job(1, 0.03), job(2, 0.01), job(3, 0.02))


results = asyncio.run(main())
first = results[0]
print(results, first)
