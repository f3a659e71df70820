"""os._exit inside a coroutine: the pending task never finishes, nothing after asyncio.run runs."""
import asyncio
import os

state = [0]


async def slow():
    await asyncio.sleep(0.02)
    state[0] = 2


async def main():
    asyncio.create_task(slow())
    await asyncio.sleep(0.001)
    state[0] = 1
    print(state)
    os._exit(0)


asyncio.run(main())
state[0] = 3
