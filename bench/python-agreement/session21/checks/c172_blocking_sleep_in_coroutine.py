# BUG: time.sleep inside a coroutine blocks the whole event loop: the other task's 10 ms timer fires late
import asyncio
import time

order = []


async def blocking():
    time.sleep(0.05)
    order.append("blocking")


async def polite():
    await asyncio.sleep(0.01)
    order.append("polite")


async def main():
    await asyncio.gather(blocking(), polite())


asyncio.run(main())
print(order)
