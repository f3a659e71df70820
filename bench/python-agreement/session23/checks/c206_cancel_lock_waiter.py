# check: a task cancelled while waiting for an asyncio.Lock: the lock goes to the next waiter
import asyncio

order = []


async def user(lock, name, hold):
    try:
        async with lock:
            order.append(name)
            await asyncio.sleep(hold)
    except asyncio.CancelledError:
        order.append(name + " cancelled")
        raise


async def main():
    lock = asyncio.Lock()
    a = asyncio.create_task(user(lock, "a", 0.01))
    await asyncio.sleep(0)
    b = asyncio.create_task(user(lock, "b", 0))
    c = asyncio.create_task(user(lock, "c", 0))
    await asyncio.sleep(0.002)
    b.cancel()
    await asyncio.sleep(0.03)


asyncio.run(main())
