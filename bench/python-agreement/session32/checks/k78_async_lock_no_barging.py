# asyncio.Lock in 3.11: a holder that releases and re-acquires at once queues behind the waiter.
import asyncio

order = []


async def holder(lock):
    async with lock:
        order.append("h1")
        await asyncio.sleep(0)
    async with lock:
        order.append("h2")


async def waiter(lock):
    async with lock:
        order.append("w")


async def main():
    lock = asyncio.Lock()
    h = asyncio.create_task(holder(lock))
    await asyncio.sleep(0)
    w = asyncio.create_task(waiter(lock))
    await asyncio.gather(h, w)


asyncio.run(main())
print(order)
