import asyncio

finished = []


async def fetch(n):
    await asyncio.sleep(0.001 * (4 - n))
    finished.append(n)
    return n


async def main():
    total = 0
    for f in asyncio.as_completed(fetch(n) for n in range(1, 4)):
        total += await f
    return total


total = asyncio.run(main())
print(total, finished)
