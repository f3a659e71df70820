"""asyncio producer/consumers with one sentinel per consumer."""
import asyncio

total = 0


async def producer(q, n):
    for i in range(n):
        await q.put(i)
        await asyncio.sleep(0)


async def consumer(q):
    global total
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            break
        total += item
        q.task_done()


async def main():
    q = asyncio.Queue()
    consumers = [asyncio.create_task(consumer(q)) for _ in range(2)]
    await producer(q, 4)
    for _ in consumers:
        await q.put(None)
    await q.join()
    await asyncio.gather(*consumers)


asyncio.run(main())
print(total)
