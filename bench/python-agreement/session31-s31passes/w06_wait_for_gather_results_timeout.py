# The value form under a caught time-out: the slow gather times out, the quick one gives its list.
import asyncio

got = []
timeouts = 0


async def fetch(n, delay):
    await asyncio.sleep(delay)
    return n


async def main():
    global timeouts
    for delay in (0.01, 0.5):
        try:
            results = await asyncio.wait_for(asyncio.gather(fetch(1, delay), fetch(2, 0)), timeout=0.1)
            got.append(results[0] + results[1])
        except TimeoutError:
            timeouts += 1


asyncio.run(main())
print(got, timeouts)
