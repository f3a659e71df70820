# Tide gauges: each gauge read gets asyncio.wait_for with a deadline; a slow gauge times out. Bug: none.
import asyncio

gauges = {"pier": 0.01, "buoy": 0.3, "harbor": 0.02}
levels = {}
timed_out = []


async def read_gauge(name, delay):
    await asyncio.sleep(delay)
    return len(name) * 10


async def sample(name, delay):
    try:
        levels[name] = await asyncio.wait_for(read_gauge(name, delay), timeout=0.1)
    except asyncio.TimeoutError:
        timed_out.append(name)


async def main():
    await asyncio.gather(*(sample(n, d) for n, d in gauges.items()))


asyncio.run(main())
print(f"levels={dict(sorted(levels.items()))} timed_out={timed_out}")
