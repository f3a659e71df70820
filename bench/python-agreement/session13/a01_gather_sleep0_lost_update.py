# Known bug: each task reads the counter, awaits sleep(0), then writes; the tasks interleave at the await and updates are lost (counter == 1, not 3).
import asyncio

counter = 0


async def bump():
    global counter
    current = counter
    await asyncio.sleep(0)
    counter = current + 1


async def main():
    await asyncio.gather(bump(), bump(), bump())


asyncio.run(main())
print("counter", counter)
