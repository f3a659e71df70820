# Children that only sleep (1 ms and 2 ms) gathered while a sleep(0) ticker counts passes: the direct end
# (no done callbacks) stays, and the gather ends on CPython's pass.
import asyncio

ticks = 0
results = []
at_end = -1


async def ticker():
    global ticks
    for _ in range(200):
        ticks += 1
        await asyncio.sleep(0)


async def nap(name, delay):
    await asyncio.sleep(delay)
    await asyncio.sleep(delay)
    results.append(name)
    return name


async def main():
    global at_end
    asyncio.create_task(ticker())
    await asyncio.gather(nap("a", 0.002), nap("b", 0.001), nap("c", 0.002))
    at_end = len(results)


asyncio.run(main())
print(at_end, results)
