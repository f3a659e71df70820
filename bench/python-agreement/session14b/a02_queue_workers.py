# Expected: three asyncio workers drain the queue; queue.join() returns after all 6 task_done calls, then the workers are cancelled (total == 21, no bug).
import asyncio
import random

total = 0
per_worker = {"worker-0": 0, "worker-1": 0, "worker-2": 0}


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
    tasks = []
    for i in range(3):
        task = asyncio.create_task(worker(f"worker-{i}", queue))
        tasks.append(task)
    await queue.join()
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    print("total", total, per_worker)


if __name__ == "__main__":
    asyncio.run(main())
