import asyncio


async def producer(queue, n):
    for i in range(n):
        await queue.put(i)
        await asyncio.sleep(0.001)


async def worker(name, queue, results):
    while True:
        item = await queue.get()
        results.append((name, item * item))
        queue.task_done()


async def main():
    queue = asyncio.Queue(maxsize=3)
    results = []
    workers = [asyncio.create_task(worker(f"w{i}", queue, results)) for i in range(2)]
    await producer(queue, 6)
    await queue.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print(sorted(v for _, v in results))


if __name__ == "__main__":
    asyncio.run(main())
