import asyncio
total = 0
async def producer(q, n):
    for i in range(n):
        await q.put(i)
        await asyncio.sleep(0)
    await q.put(None)
async def consumer(q):
    global total
    while (item := await q.get()) is not None:
        total += item
async def main():
    q = asyncio.Queue(maxsize=2)
    await asyncio.gather(producer(q, 5), consumer(q))
asyncio.run(main())
print(total)
