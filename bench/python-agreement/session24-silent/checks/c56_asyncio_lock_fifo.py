import asyncio

order = []


async def worker(lock, name):
    async with lock:
        order.append(name)
        await asyncio.sleep(0.001)


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(*(worker(lock, n) for n in ["a", "b", "c", "d"]))


asyncio.run(main())
print(order)
