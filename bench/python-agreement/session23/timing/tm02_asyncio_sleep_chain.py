# timing: two sequential gathers of sleeps (makespan about 40 + 60 = 100 ms)
import asyncio


async def step(delay):
    await asyncio.sleep(delay)
    return delay


async def main():
    first = await asyncio.gather(step(0.02), step(0.04))
    second = await asyncio.gather(step(0.06), step(0.01))
    print(first, second)


asyncio.run(main())
