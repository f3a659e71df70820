import asyncio

order = []


async def fetch(n=1):
    for _ in range(n):
        await asyncio.sleep(0)


async def first():
    t = asyncio.create_task(fetch())
    async with asyncio.timeout(1):
        await t
    order.append(1)


async def yields():
    for _ in range(2):
        await asyncio.sleep(0)
    order.append(2)


async def main():
    await asyncio.gather(first(), yields())


asyncio.run(main())
print(order)
