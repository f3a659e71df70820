# no bug: asyncio.Lock hands the lock to waiters in the order they asked
import asyncio

order = []


async def use(name, lock):
    async with lock:
        order.append(name)
        await asyncio.sleep(0.001)


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(use("a", lock), use("b", lock), use("c", lock))


asyncio.run(main())
print(order)
