import asyncio


async def worker(name, queue, results):
    while True:
        delay = await queue.get()
        await asyncio.sleep(delay)
        results.append((name, delay))
        queue.task_done()


async def main():
    queue = asyncio.Queue()
    for delay in [0.03, 0.01, 0.02, 0.01, 0.005]:
        queue.put_nowait(delay)
    results = []
    tasks = [asyncio.create_task(worker(f"worker-{i}", queue, results)) for i in range(2)]
    await queue.join()
    for task in tasks:
        task.cancel()
    outcome = await asyncio.gather(*tasks, return_exceptions=True)
    print([type(o).__name__ for o in outcome])
    print(sorted(d for _, d in results))
    print(len(results), "jobs")


asyncio.run(main())
