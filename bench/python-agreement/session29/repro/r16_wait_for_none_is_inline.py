# SILENT ERROR (weft-start): `asyncio.wait_for(coro, None)` is a plain `await coro` in CPython 3.11 (no task, no
# extra pass): order=[1, 2] in every run. weft imports it as a task of its own: [2, 1] only, "complete".
import asyncio

order = []


async def fetch():
    await asyncio.sleep(0)


async def first():
    await asyncio.wait_for(fetch(), None)
    order.append(1)


async def yields():
    for _ in range(2):
        await asyncio.sleep(0)
    order.append(2)


async def main():
    await asyncio.gather(first(), yields())


asyncio.run(main())
print(order)
