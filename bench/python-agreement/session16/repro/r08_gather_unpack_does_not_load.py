# repro: `a, b = await asyncio.gather(f(), g())` (the usual way to take two results) imports to a scenario that does not load
import asyncio

total = 0


async def fetch(n):
    await asyncio.sleep(0.01)
    return n * 10


async def main():
    global total
    a, b = await asyncio.gather(fetch(1), fetch(2))
    total = a + b


asyncio.run(main())
print(total)
