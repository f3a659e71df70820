# a coroutine and a to_thread job both update a counter with a read, a pause and a write
import asyncio
import time

counter = 0


def blocking_bump():
    global counter
    v = counter
    time.sleep(0.001)
    counter = v + 1


async def async_bump():
    global counter
    v = counter
    await asyncio.sleep(0.001)
    counter = v + 1


async def main():
    await asyncio.gather(asyncio.to_thread(blocking_bump), async_bump())


asyncio.run(main())
print(counter)
