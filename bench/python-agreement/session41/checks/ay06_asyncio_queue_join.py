# check: asyncio.Queue.join waits for task_done of every item
import asyncio

log = []


async def worker(q):
    while True:
        item = await q.get()
        await asyncio.sleep(0.001)
        log.append(item)
        q.task_done()


async def main():
    q = asyncio.Queue()
    for i in range(4):
        q.put_nowait(i)
    w = asyncio.create_task(worker(q))
    await q.join()
    log.append("joined")
    w.cancel()


asyncio.run(main())
print(log)
