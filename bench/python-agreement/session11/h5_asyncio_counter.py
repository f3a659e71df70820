"""Coroutines read, yield to the loop, then write: updates are lost."""
import asyncio

counter = 0


async def bump():
    global counter
    value = counter
    await asyncio.sleep(0)
    counter = value + 1


async def main():
    await asyncio.gather(*(bump() for _ in range(3)))


asyncio.run(main())
print(counter)
