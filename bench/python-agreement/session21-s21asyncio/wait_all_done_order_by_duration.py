"""asyncio.wait over three tasks of different lengths, then a loop over `done` (a set): any order.

Left as found (session 21): weft takes `done` in the order the tasks finished, CPython in the set's.
"""
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


if __name__ == "__main__":
    asyncio.run(main())
    print(order)
