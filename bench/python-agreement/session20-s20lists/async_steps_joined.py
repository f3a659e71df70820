# No bug: asyncio tasks append their steps; after gather, the steps are joined and compared with the
# order the tasks were made in (asyncio runs ready tasks in that order when none sleeps).
import asyncio

ORDER = ["fetch", "parse", "store"]
steps = []


async def step(name):
    await asyncio.sleep(0)
    steps.append(name)


async def main():
    await asyncio.gather(*(step(n) for n in ORDER))


asyncio.run(main())
trace = "->".join(steps)
as_made = steps == ORDER
