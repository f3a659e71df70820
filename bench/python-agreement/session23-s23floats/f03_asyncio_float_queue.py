# asyncio workers sleep the float delays they get from an asyncio.Queue and record (name, delay).
import asyncio

results = []


async def worker(name, queue):
    while True:
        delay = await queue.get()
        await asyncio.sleep(delay)
        results.append((name, delay))
        queue.task_done()


async def main():
    queue = asyncio.Queue()
    for delay in [0.03, 0.01, 0.02, 0.01, 0.005]:
        queue.put_nowait(delay)
    tasks = [asyncio.create_task(worker(f"worker-{i}", queue)) for i in range(2)]
    await queue.join()
    for task in tasks:
        task.cancel()


asyncio.run(main())
print(sorted(d for _, d in results))
