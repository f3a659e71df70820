# asyncio.wait over three tasks of different lengths, then done's order into a list: CPython walks the
# set by the tasks' hashes (any order); weft would take the finish order. Refused.
import asyncio

order = []


async def work(x):
    await asyncio.sleep(x / 100)
    return x


async def main():
    a = asyncio.create_task(work(1))
    b = asyncio.create_task(work(2))
    c = asyncio.create_task(work(3))
    done, pending = await asyncio.wait([a, b, c])
    for t in done:
        order.append(await t)


asyncio.run(main())
