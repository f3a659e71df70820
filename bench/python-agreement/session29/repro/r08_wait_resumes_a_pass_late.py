# SILENT ERROR (weft-start): `await asyncio.wait([t1, t2])` resumes its awaiter a pass later in CPython 3.11 than in weft.
# CPython 3.11.7: order=[2, 1] in every run; weft: [1, 2] only, "complete".
import asyncio

order = []


async def fetch():
    await asyncio.sleep(0)


async def first():
    t1 = asyncio.create_task(fetch())
    t2 = asyncio.create_task(fetch())
    await asyncio.wait([t1, t2])
    await t1
    await t2
    order.append(1)


async def yields():
    for _ in range(3):
        await asyncio.sleep(0)
    order.append(2)


async def main():
    await asyncio.gather(first(), yields())


asyncio.run(main())
print(order)
