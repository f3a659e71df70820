# a task cancelled while waiting for an asyncio.Lock never gets it; the next waiter does
import asyncio

order = []


async def holder(lock):
    async with lock:
        await asyncio.sleep(0.02)
        order.append("holder")


async def waiter(lock, name):
    try:
        async with lock:
            order.append(name)
    except asyncio.CancelledError:
        order.append(name + " cancelled")
        raise


async def main():
    lock = asyncio.Lock()
    h = asyncio.create_task(holder(lock))
    await asyncio.sleep(0)
    w1 = asyncio.create_task(waiter(lock, "w1"))
    w2 = asyncio.create_task(waiter(lock, "w2"))
    await asyncio.sleep(0.005)
    w1.cancel()
    await asyncio.gather(h, w2)
    try:
        await w1
    except asyncio.CancelledError:
        order.append("w1 awaited")


asyncio.run(main())
print(order)
