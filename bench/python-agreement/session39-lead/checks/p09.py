import asyncio
order = []
async def worker(name, q):
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            break
        order.append((name, item))
        await asyncio.sleep(0)
        q.task_done()
async def main():
    q = asyncio.Queue(maxsize=2)
    ws = [asyncio.create_task(worker(f"w{i}", q)) for i in range(2)]
    for i in range(4):
        await q.put(i)
    for _ in ws:
        await q.put(None)
    await q.join()
    await asyncio.gather(*ws)
asyncio.run(main())
print(sorted(order), len(order))
