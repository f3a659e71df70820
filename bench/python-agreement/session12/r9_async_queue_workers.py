import asyncio
processed = 0
async def worker(q):
    global processed
    while True:
        item = await q.get()
        processed += item
        q.task_done()
async def main():
    q = asyncio.Queue()
    for i in range(5):
        q.put_nowait(i)
    workers = [asyncio.create_task(worker(q)) for _ in range(2)]
    await q.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
asyncio.run(main())
print(processed)
