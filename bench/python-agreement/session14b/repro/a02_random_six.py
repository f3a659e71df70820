# Expected: three asyncio workers with random 1-5 ms sleeps share six queue items, usually 2/2/2 (no bug); weft stops at --max-schedules (100000) without reaching 2/2/2. Reduced from session14b/a02_queue_workers.py.
import asyncio
import random

total = 0
per_worker = {"w0": 0, "w1": 0, "w2": 0}


async def worker(name, queue):
    global total
    while True:
        n = await queue.get()
        await asyncio.sleep(random.uniform(0.001, 0.005))
        total += n
        per_worker[name] += 1
        queue.task_done()


async def main():
    queue = asyncio.Queue()
    for n in range(1, 7):
        queue.put_nowait(n)
    tasks = [asyncio.create_task(worker(f"w{i}", queue)) for i in range(3)]
    await queue.join()
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)


asyncio.run(main())
