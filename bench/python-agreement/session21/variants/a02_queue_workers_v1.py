import asyncio


async def producer(queue, n):
    for i in range(n):
        await queue.put(i)
        await asyncio.sleep(0)


async def worker(name, queue, processed):
    while True:
        item = await queue.get()
        processed.append(item * item)
        queue.task_done()


async def main():
    queue = asyncio.Queue(maxsize=3)
    processed = []
    workers = [asyncio.create_task(worker(f"w{i}", queue, processed)) for i in range(2)]
    await producer(queue, 6)
    await queue.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print("processed:", sorted(processed))
    print("all cancelled:", all(task.cancelled() for task in workers))


asyncio.run(main())
