# Nested gathers: results come back as nested lists in argument order.
import asyncio

flat = []


async def value(n, delay):
    await asyncio.sleep(delay)
    return n


async def pair(a, b):
    return await asyncio.gather(value(a, 0.002), value(b, 0.001))


async def main():
    results = await asyncio.gather(pair(1, 2), pair(3, 4))
    for left, right in results:
        flat.append(left)
        flat.append(right)


asyncio.run(main())
