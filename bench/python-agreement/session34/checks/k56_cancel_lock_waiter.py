# A task cancelled while waiting for an asyncio.Lock never gets it; the next waiter does.
import asyncio

order = []


async def user(lock, name):
    try:
        async with lock:
            order.append(name)
            await asyncio.sleep(0)
    except asyncio.CancelledError:
        order.append("cancelled " + name)
        raise


async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    a = asyncio.create_task(user(lock, "a"))
    b = asyncio.create_task(user(lock, "b"))
    await asyncio.sleep(0)
    a.cancel()
    lock.release()
    await asyncio.gather(a, b, return_exceptions=True)
    print(order, lock.locked())


asyncio.run(main())
