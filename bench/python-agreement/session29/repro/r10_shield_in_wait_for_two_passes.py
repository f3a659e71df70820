# SILENT ERROR (weft-start): `await asyncio.wait_for(asyncio.shield(coro), t)` that does not time out resumes
# its awaiter two passes later in CPython 3.11 than in weft (shield's inner task, its outer future, then
# wait_for's task and waiter: one callback pass each). CPython [2, 1] in every run; weft [1, 2] only.
import asyncio

order = []


async def fetch():
    await asyncio.sleep(0)


async def first():
    await asyncio.wait_for(asyncio.shield(fetch()), timeout=1)
    order.append(1)


async def yields():
    for _ in range(4):
        await asyncio.sleep(0)
    order.append(2)


async def main():
    await asyncio.gather(first(), yields())


asyncio.run(main())
print(order)
