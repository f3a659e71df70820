import asyncio

order = []


async def worker(name, lock):
    async with lock:
        order.append(name)
        await asyncio.sleep(0.001)


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(worker("a", lock), worker("b", lock), worker("c", lock))


asyncio.run(main())
