import asyncio
consumed = 0
async def producer(q):
    for i in range(4):
        await q.put(i)
    await q.put(None)
async def consumer(q):
    global consumed
    while True:
        item = await q.get()
        if item is None:
            break
        consumed += 1
        await asyncio.sleep(0.001)
async def main():
    q = asyncio.Queue(maxsize=1)
    await asyncio.gather(producer(q), consumer(q))
asyncio.run(main())
print(consumed)
