# bug: lost update -- each task reads the counter, awaits, then writes it back
import asyncio

counter = 0


async def increment():
    global counter
    value = counter
    await asyncio.sleep(0)  # any await lets another task run
    counter = value + 1


async def main():
    await asyncio.gather(*(increment() for _ in range(5)))


asyncio.run(main())
print(counter)  # expected 5
