# Expected: asyncio.Queue with 3 workers, queue.join(), then workers cancelled (processed == 8, total == 36); no bug
import asyncio
import random

processed = 0
total = 0


async def worker(name, queue):
    global processed, total
    while True:
        item = await queue.get()
        await asyncio.sleep(random.uniform(0.0005, 0.002))
        processed += 1
        total += item
        queue.task_done()


async def main():
    queue = asyncio.Queue()
    for item in range(1, 9):
        queue.put_nowait(item)
    tasks = [asyncio.create_task(worker(f"worker-{i}", queue)) for i in range(3)]
    await queue.join()
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    print(f"processed={processed} total={total}")


asyncio.run(main())
