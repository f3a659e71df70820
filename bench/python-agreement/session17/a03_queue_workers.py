# no bug: asyncio.Queue with a pool of worker tasks; main waits on join() then cancels the workers
import asyncio

handled = []


async def worker(name: str, queue: asyncio.Queue) -> None:
    while True:
        order = await queue.get()
        await asyncio.sleep(0.001 * order)
        handled.append(order)
        queue.task_done()


async def main():
    queue: asyncio.Queue[int] = asyncio.Queue()
    for order in [3, 1, 2, 5, 4]:
        queue.put_nowait(order)
    tasks = [asyncio.create_task(worker(f"worker-{i}", queue)) for i in range(2)]
    await queue.join()
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    print("handled:", handled)


asyncio.run(main())
assert sorted(handled) == [1, 2, 3, 4, 5]
