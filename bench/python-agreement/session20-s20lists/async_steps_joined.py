# No bug: asyncio tasks append their steps; after gather, the steps are joined and compared with the
# order the tasks were made in (asyncio runs ready tasks in that order when none sleeps).
# CPython 3.11.7 (agree.py --runs 10, 2026-11-30): trace='fetch->parse->store' as_made=True (10 of 10); weft explore: that state, 1 outcome, complete.
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
