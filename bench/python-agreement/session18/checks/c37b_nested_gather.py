# Nested gathers: results come back as nested lists in argument order.
import asyncio

flat = []


async def value(n, delay):
    await asyncio.sleep(delay)
    return n


async def pair(a, b):
    left, right = await asyncio.gather(value(a, 0.002), value(b, 0.001))
    flat.append(left)
    flat.append(right)


async def main():
    await asyncio.gather(pair(1, 2), pair(3, 4))


asyncio.run(main())
