# BUG: lost update: each task reads the counter, awaits, then writes back a stale value
import asyncio

counter = 0


async def increment():
    global counter
    current = counter
    await asyncio.sleep(0)
    counter = current + 1


async def main():
    await asyncio.gather(*(increment() for _ in range(3)))


asyncio.run(main())
print("counter:", counter)
