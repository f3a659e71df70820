# asyncio.Lock waiters are served first come, first served.
import asyncio

order = []


async def user(lock, name, delay):
    await asyncio.sleep(delay)
    async with lock:
        order.append(name)
        await asyncio.sleep(0.01)


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(user(lock, "c", 0.003), user(lock, "a", 0.0), user(lock, "b", 0.001))


asyncio.run(main())
