"""`a, b = asyncio.run(main())` of a coroutine returning three values: Python's ValueError."""
import asyncio

total = 0


async def main():
    global total
    await asyncio.sleep(0.001)
    total = 5
    return total, total + 1, total + 2


a, b = asyncio.run(main())
print(a, b)
