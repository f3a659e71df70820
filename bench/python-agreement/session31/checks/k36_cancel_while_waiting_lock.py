# a task waiting for an asyncio.Lock is cancelled; the lock goes to the next waiter
import asyncio

order = []


async def holder(lock):
    async with lock:
        await asyncio.sleep(0.01)
        order.append("holder")


async def waiter(lock, name):
    try:
        async with lock:
            order.append(name)
    except asyncio.CancelledError:
        order.append(f"{name} cancelled")
        raise


async def main():
    lock = asyncio.Lock()
    h = asyncio.create_task(holder(lock))
    await asyncio.sleep(0)
    w1 = asyncio.create_task(waiter(lock, "w1"))
    w2 = asyncio.create_task(waiter(lock, "w2"))
    await asyncio.sleep(0)
    w1.cancel()
    await asyncio.gather(h, w1, w2, return_exceptions=True)


asyncio.run(main())
print(order)
