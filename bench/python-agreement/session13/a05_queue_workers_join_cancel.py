# Expected: two workers drain an asyncio.Queue; queue.join() returns after 6 task_done calls, then the workers are cancelled (total == 15).
import asyncio

total = 0


async def worker(q):
    global total
    while True:
        item = await q.get()
        await asyncio.sleep(0.001)
        total += item
        q.task_done()


async def main():
    q = asyncio.Queue()
    for i in range(6):
        q.put_nowait(i)
    workers = [asyncio.create_task(worker(q)) for _ in range(2)]
    await q.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)


asyncio.run(main())
print("total", total)
