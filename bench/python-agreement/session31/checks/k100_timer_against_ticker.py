# a 1 ms sleep against a ticker of sleep(0) passes: how many passes fit before the timer fires
import asyncio

ticks = 0
at_wake = -1


async def ticker():
    global ticks
    for _ in range(200):
        ticks += 1
        await asyncio.sleep(0)


async def sleeper():
    global at_wake
    await asyncio.sleep(0.001)
    at_wake = ticks


async def main():
    await asyncio.gather(ticker(), sleeper())


asyncio.run(main())
print(at_wake)
