"""A coroutine polls a flag until a loop-time deadline (40 ms); the flag is set after 0.01s."""
import asyncio

flag = [0]
result = []


async def setter():
    await asyncio.sleep(0.01)
    flag[0] = 1


async def poller():
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 0.04
    while loop.time() < deadline:
        if flag[0]:
            result.append("seen")
            return
        await asyncio.sleep(0.002)
    result.append("timed out")


async def main():
    await asyncio.gather(setter(), poller())


asyncio.run(main())
print(result)
