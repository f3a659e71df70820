import asyncio

got = []


async def producer(q):
    for i in range(4):
        await q.put(i)
    await q.put(None)


async def consumer(q):
    while True:
        item = await q.get()
        if item is None:
            break
        got.append(item)


async def main():
    q = asyncio.Queue(maxsize=1)
    await asyncio.gather(producer(q), consumer(q))


asyncio.run(main())
print(got)
