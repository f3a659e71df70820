import asyncio

lock = asyncio.Lock()
order = []


async def a():
    async with lock:
        await asyncio.sleep(0.01)
        order.append(1)
    async with lock:
        order.append(2)


async def b():
    await asyncio.sleep(0.002)
    async with lock:
        order.append(3)


async def main():
    await asyncio.gather(a(), b())


asyncio.run(main())
