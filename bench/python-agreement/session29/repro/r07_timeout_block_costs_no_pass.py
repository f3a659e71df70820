# SILENT ERROR (weft-start): `async with asyncio.timeout(t):` runs its body in the same task in CPython 3.11
# (no new task, no extra loop pass); weft imports it as wait_for, whose task costs two passes more.
# CPython 3.11.7: order=[1, 2] in every run; weft: [2, 1] only, "complete".
import asyncio

order = []


async def fetch():
    await asyncio.sleep(0)


async def first():
    async with asyncio.timeout(1):
        await fetch()
    order.append(1)


async def yields():
    for _ in range(2):
        await asyncio.sleep(0)
    order.append(2)


async def main():
    await asyncio.gather(first(), yields())


asyncio.run(main())
print(order)
