import asyncio

handled = []


async def worker(q, n):
    while True:
        item = await q.get()
        await asyncio.sleep(0.001 * item)
        handled.append(item)
        q.task_done()


async def main():
    q = asyncio.Queue()
    for item in (3, 1, 2):
        q.put_nowait(item)
    workers = [asyncio.create_task(worker(q, n)) for n in range(2)]
    await q.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)


asyncio.run(main())
print(handled)
