import asyncio

order = []


async def fetch():
    await asyncio.sleep(0)


async def first():
    t = asyncio.create_task(fetch())
    await t
    await asyncio.gather(t)
    order.append(1)


async def yields():
    for _ in range(3):
        await asyncio.sleep(0)
    order.append(2)


async def main():
    await asyncio.gather(first(), yields())


asyncio.run(main())
print(order)
