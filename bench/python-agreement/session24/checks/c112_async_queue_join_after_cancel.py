# BUG: a worker cancelled in the middle of an item never calls task_done(), so queue.join() waits forever
import asyncio

handled = 0


async def worker(queue):
    global handled
    while True:
        item = await queue.get()
        await asyncio.sleep(0.05)
        handled += item
        queue.task_done()


async def main():
    queue = asyncio.Queue()
    for item in (1, 2):
        queue.put_nowait(item)
    task = asyncio.create_task(worker(queue))
    await asyncio.sleep(0.01)
    task.cancel()
    await queue.join()


asyncio.run(main())
print(handled)
