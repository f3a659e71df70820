import asyncio

consumed = []


async def producer(queue, n):
    for i in range(n):
        await queue.put(i)
        await asyncio.sleep(0)
    await queue.put(None)


async def consumer(queue):
    while True:
        item = await queue.get()
        if item is None:
            break
        consumed.append(item * item)


async def main():
    queue = asyncio.Queue(maxsize=2)
    await asyncio.gather(producer(queue, 4), consumer(queue))


asyncio.run(main())
print(consumed)
