# variant of repro/r08: the list of results indexed instead of unpacked
import asyncio

total = 0


async def fetch(n):
    await asyncio.sleep(0.01)
    return n * 10


async def main():
    global total
    results = await asyncio.gather(fetch(1), fetch(2))
    total = results[0] + results[1]


asyncio.run(main())
print(total)
