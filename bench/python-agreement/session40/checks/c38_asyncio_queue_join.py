# Check: asyncio.Queue with task_done/join and worker tasks cancelled afterwards. Bug: none.
import asyncio

processed = []
cancelled = 0


async def worker(q, name):
    global cancelled
    try:
        while True:
            item = await q.get()
            processed.append(item * 2)
            q.task_done()
    except asyncio.CancelledError:
        cancelled += 1
        raise


async def main():
    q = asyncio.Queue()
    for i in range(4):
        q.put_nowait(i)
    workers = [asyncio.create_task(worker(q, n)) for n in ("w1", "w2")]
    await q.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)


asyncio.run(main())
processed.sort()
print(f"processed={processed} cancelled={cancelled}")
