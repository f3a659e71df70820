# check: asyncio.Queue.join waits for task_done of every item
import asyncio

done = []


async def worker(q):
    while True:
        item = await q.get()
        await asyncio.sleep(0.001 * item)
        done.append(item)
        q.task_done()


async def main():
    q = asyncio.Queue()
    for item in (3, 1, 2):
        q.put_nowait(item)
    w = asyncio.create_task(worker(q))
    await q.join()
    done.append(0)
    w.cancel()


asyncio.run(main())
