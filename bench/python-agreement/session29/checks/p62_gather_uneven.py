import asyncio

order = []


async def fetch(n=1):
    for _ in range(n):
        await asyncio.sleep(0)


async def first():
    await asyncio.gather(fetch(1), fetch(3))
    order.append(1)


async def yields():
    for _ in range(5):
        await asyncio.sleep(0)
    order.append(2)


async def main():
    await asyncio.gather(first(), yields())


asyncio.run(main())
print(order)
