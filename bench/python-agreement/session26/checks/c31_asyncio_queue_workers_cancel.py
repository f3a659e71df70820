import asyncio

processed: list[int] = []


async def worker(name: str, queue: asyncio.Queue) -> None:
    while True:
        item = await queue.get()
        await asyncio.sleep(0.001)
        processed.append(item)
        queue.task_done()


async def main() -> None:
    queue: asyncio.Queue[int] = asyncio.Queue()
    for i in range(6):
        queue.put_nowait(i)
    workers = [asyncio.create_task(worker(f"w{i}", queue)) for i in range(2)]
    await queue.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)


asyncio.run(main())
total = sum(processed)
count = len(processed)
print(processed)
