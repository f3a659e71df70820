# a wait_for time-out and another task's sleep end at the same moment: the sleeper writes first
import asyncio

order = []


async def sleeper():
    await asyncio.sleep(0.005)
    order.append(2)


async def waiter():
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.005)
    except asyncio.TimeoutError:
        order.append(1)


async def main():
    await asyncio.gather(waiter(), sleeper())


asyncio.run(main())
print(order)
