"""A coroutine polls a flag every 1 ms and counts its polls; the setter sets it after 2.5 ms."""
import asyncio

ready = 0
polls = 0


async def setter():
    global ready
    await asyncio.sleep(0.0025)
    ready = 1


async def waiter():
    global polls
    while ready == 0:
        polls += 1
        await asyncio.sleep(0.001)


async def main():
    await asyncio.gather(waiter(), setter())


asyncio.run(main())
print(ready, polls)
