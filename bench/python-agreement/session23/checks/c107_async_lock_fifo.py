# check: asyncio.Lock hands over in the order tasks asked for it
import asyncio

order = []


async def use(lock, n):
    await asyncio.sleep(0.001 * n)
    async with lock:
        order.append(n)
        await asyncio.sleep(0.01)


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(use(lock, 3), use(lock, 1), use(lock, 2))


asyncio.run(main())
