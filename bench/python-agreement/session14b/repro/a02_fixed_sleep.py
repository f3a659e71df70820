# Expected: three asyncio workers with equal fixed 3 ms sleeps share six queue items 2/2/2 every run (no bug); weft lists it but also 27 skewed splits CPython cannot produce. Control for a02_random_six.py.
import asyncio

total = 0
per_worker = {"w0": 0, "w1": 0, "w2": 0}


async def worker(name, queue):
    global total
    while True:
        n = await queue.get()
        await asyncio.sleep(0.003)
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
