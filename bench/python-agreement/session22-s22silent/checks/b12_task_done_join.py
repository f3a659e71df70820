import asyncio

handled = []


async def consumer(q):
    while True:
        item = await q.get()
        handled.append(item)
        q.task_done()


async def main():
    q = asyncio.Queue()
    for i in range(3):
        q.put_nowait(i)
    task = asyncio.create_task(consumer(q))
    await q.join()
    task.cancel()


asyncio.run(main())
