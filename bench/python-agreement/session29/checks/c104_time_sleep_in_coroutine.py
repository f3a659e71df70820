# BUG: time.sleep in a coroutine blocks the loop: the other task's short timer fires late, after it
import asyncio
import time

order = []


async def blocker():
    time.sleep(0.02)
    order.append(1)


async def timer():
    await asyncio.sleep(0.005)
    order.append(2)


async def main():
    await asyncio.gather(timer(), blocker())


asyncio.run(main())
print(order)
