"""The same with an asyncio.Lock: release then acquire again lets the waiter in first."""
import asyncio

order = []


async def holder(lock):
    await lock.acquire()
    order.append("holder 1")
    await asyncio.sleep(0.001)
    lock.release()
    await lock.acquire()
    order.append("holder 2")
    lock.release()


async def waiter(lock):
    await asyncio.sleep(0)
    async with lock:
        order.append("waiter")


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(holder(lock), waiter(lock))


asyncio.run(main())
print(order)
