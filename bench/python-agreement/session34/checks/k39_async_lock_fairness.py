# asyncio.Lock hands the lock over in FIFO order of the waiters.
import asyncio

order = []


async def user(lock, name, hold):
    async with lock:
        order.append(name)
        for _ in range(hold):
            await asyncio.sleep(0)


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(user(lock, "a", 2), user(lock, "b", 0), user(lock, "c", 1), user(lock, "d", 0))
    print(order)


asyncio.run(main())
