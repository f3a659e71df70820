import asyncio

after = []


async def worker(b, n):
    await asyncio.sleep(0.001 * n)
    await b.wait()
    after.append(n)


async def main():
    b = asyncio.Barrier(3)
    await asyncio.gather(*(worker(b, n) for n in (3, 1, 2)))


asyncio.run(main())
print(after)
