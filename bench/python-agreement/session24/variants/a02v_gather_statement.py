"""asyncio.Queue with worker tasks, queue.join() to wait for the work, then cancel the idle workers."""
import asyncio

processed = {}


async def worker(name, queue):
    while True:
        n = await queue.get()
        await asyncio.sleep(0.001 * n)
        processed[n] = n * n
        queue.task_done()


async def main():
    queue = asyncio.Queue()
    for n in range(1, 7):
        queue.put_nowait(n)
    workers = [asyncio.create_task(worker(f"w{i}", queue)) for i in range(3)]
    await queue.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    count = 0
    for w in workers:
        if w.cancelled():
            count += 1
    return count


cancelled = asyncio.run(main())
total = sum(processed.values())
print(cancelled, total)
assert cancelled == 3 and total == 91
