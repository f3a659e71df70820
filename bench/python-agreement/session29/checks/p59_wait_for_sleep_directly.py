import asyncio

order = []


async def fetch():
    await asyncio.sleep(0)


async def first():
    await asyncio.wait_for(asyncio.sleep(0), timeout=1)
    order.append(1)


async def yields():
    for _ in range(3):
        await asyncio.sleep(0)
    order.append(2)


async def main():
    await asyncio.gather(first(), yields())


asyncio.run(main())
print(order)
