"""A coroutine waits on an empty asyncio.LifoQueue; main puts two items without awaiting: the getter takes the second."""
import asyncio

stack = asyncio.LifoQueue()
first = 0
second = 0


async def getter():
    global first, second
    first = await stack.get()
    second = await stack.get()


async def main():
    t = asyncio.create_task(getter())
    await asyncio.sleep(0.01)
    stack.put_nowait(1)
    stack.put_nowait(2)
    await t


asyncio.run(main())
print("first:", first, "second:", second)
