# a waiter cancelled while queued on an asyncio.Lock: the lock goes to the next waiter
import asyncio

order = []


async def user(lock, n):
    try:
        async with lock:
            order.append(n)
            await asyncio.sleep(0)
    except asyncio.CancelledError:
        order.append(-n)


async def main():
    lock = asyncio.Lock()
    tasks = [asyncio.create_task(user(lock, n)) for n in (1, 2, 3)]
    await asyncio.sleep(0)
    tasks[1].cancel()
    await asyncio.gather(*tasks)


asyncio.run(main())
print(order)
