import asyncio

order = []


async def fetch(n=1):
    for _ in range(n):
        await asyncio.sleep(0)


async def first():
    t1 = asyncio.create_task(fetch())
    t2 = asyncio.create_task(fetch(3))
    await asyncio.wait([t1, t2], return_when=asyncio.FIRST_EXCEPTION)
    await t1
    await t2
    order.append(1)


async def yields():
    for _ in range(5):
        await asyncio.sleep(0)
    order.append(2)


async def main():
    await asyncio.gather(first(), yields())


asyncio.run(main())
print(order)
