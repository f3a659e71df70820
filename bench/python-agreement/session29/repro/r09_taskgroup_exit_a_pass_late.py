# SILENT ERROR (weft-start): the end of `async with asyncio.TaskGroup()` comes a pass later in CPython 3.11 than in weft.
# CPython 3.11.7: order=[2, 1] in every run; weft: [1, 2] only, "complete".
import asyncio

order = []


async def fetch():
    await asyncio.sleep(0)


async def first():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fetch())
    order.append(1)


async def yields():
    for _ in range(3):
        await asyncio.sleep(0)
    order.append(2)


async def main():
    await asyncio.gather(first(), yields())


asyncio.run(main())
print(order)
