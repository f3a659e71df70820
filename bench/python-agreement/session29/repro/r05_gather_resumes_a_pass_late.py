# SILENT ERROR (weft-start): `await asyncio.gather(...)` resumes its awaiter two loop passes after the
# last child's return (the child's done callback, then the outer future's), and weft one pass after.
# CPython 3.11.7: order == [2, 1] in every run; weft: [1, 2] only, "complete".
import asyncio

order = []


async def fetch():
    await asyncio.sleep(0)


async def via_gather():
    await asyncio.gather(fetch())
    order.append(1)


async def three_yields():
    for _ in range(3):
        await asyncio.sleep(0)
    order.append(2)


async def main():
    await asyncio.gather(via_gather(), three_yields())


asyncio.run(main())
print(order)
