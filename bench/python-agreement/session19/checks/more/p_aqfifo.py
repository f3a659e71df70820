import asyncio
got = []
async def consumer(n, q):
    item = await q.get()
    got.append(n * 10 + item)
async def main():
    q = asyncio.Queue()
    tasks = [asyncio.create_task(consumer(n, q)) for n in range(3)]
    await asyncio.sleep(0)
    for i in range(3):
        q.put_nowait(i)
    await asyncio.gather(*tasks)
asyncio.run(main())
