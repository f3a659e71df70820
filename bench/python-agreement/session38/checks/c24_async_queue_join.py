# asyncio.Queue join/task_done: join returns once every item is marked done; workers are then cancelled.
import asyncio

log = []


async def worker(name, q):
    while True:
        item = await q.get()
        await asyncio.sleep(0.001 * item)
        log.append(item * 10)
        q.task_done()


async def main():
    q = asyncio.Queue()
    for item in [3, 1, 2]:
        q.put_nowait(item)
    workers = [asyncio.create_task(worker(n, q)) for n in ["w1", "w2"]]
    await q.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    log.append("joined")


asyncio.run(main())
print(log)
