"""A coroutine polls a flag with sleep(0) while another sets it after a short sleep."""
import asyncio

ready = 0
polls = 0


async def setter():
    global ready
    await asyncio.sleep(0.001)
    ready = 1


async def waiter():
    global polls
    while not ready:
        polls = 1
        await asyncio.sleep(0)


async def main():
    await asyncio.gather(waiter(), setter())


asyncio.run(main())
print(ready, polls)
