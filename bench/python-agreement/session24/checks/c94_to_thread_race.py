"""Two to_thread calls bump a shared counter without a lock, with a sleep between read and write: lost update."""
import asyncio
import time

counter = 0


def bump():
    global counter
    current = counter
    time.sleep(0.005)
    counter = current + 1


async def main():
    await asyncio.gather(asyncio.to_thread(bump), asyncio.to_thread(bump))


asyncio.run(main())
print(counter)
