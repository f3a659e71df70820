# asyncio.Lock hands over in FIFO order: a task that releases and at once re-acquires queues behind the waiter
import asyncio

order = []


async def greedy(lock):
    for _ in range(2):
        async with lock:
            order.append(1)
            await asyncio.sleep(0)


async def polite(lock):
    async with lock:
        order.append(2)


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(greedy(lock), polite(lock))


asyncio.run(main())
print(order)
