# asyncio.Queue shutdown: one None per worker; each worker counts what it handled.
import asyncio

handled = [0, 0]
total = 0


async def worker(index, q):
    global total
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            break
        await asyncio.sleep(0)
        handled[index] += 1
        total += item
        q.task_done()


async def main():
    q = asyncio.Queue()
    workers = [asyncio.create_task(worker(i, q)) for i in range(2)]
    for n in range(1, 5):
        await q.put(n)
    for _ in workers:
        await q.put(None)
    await q.join()
    await asyncio.gather(*workers)


asyncio.run(main())
