# check: awaiting a failed task twice raises twice; a finished task's result() repeats its value
import asyncio

seen = []


async def fail():
    await asyncio.sleep(0.001)
    raise KeyError("k")


async def fine():
    return 4


async def main():
    t = asyncio.create_task(fail())
    for _ in range(2):
        try:
            await t
        except KeyError:
            seen.append(1)
    g = asyncio.create_task(fine())
    await g
    seen.append(g.result() + g.result())


asyncio.run(main())
