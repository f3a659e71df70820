"""An asyncio worker pool draining a queue; the shared count is read before an await and written after."""
import asyncio

processed = 0


async def worker(queue):
    global processed
    while True:
        item = await queue.get()
        seen = processed
        await asyncio.sleep(0)
        processed = seen + 1
        queue.task_done()


async def main():
    queue = asyncio.Queue()
    for item in range(4):
        queue.put_nowait(item)
    tasks = [asyncio.create_task(worker(queue)) for _ in range(2)]
    await queue.join()
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)


asyncio.run(main())
print("processed:", processed)
