"""Worker coroutines sleep for a length that comes with each queue item (issue 22): the sleep is known
only when the item arrives, so the scenario computes it at the step (`await: { ms: "item * 10" }`)."""

import asyncio

total = 0


async def worker(q):
    global total
    while True:
        item = await q.get()
        await asyncio.sleep(0.01 * item)
        total += item
        q.task_done()


async def main():
    q = asyncio.Queue()
    workers = [asyncio.create_task(worker(q)) for _ in range(2)]
    for item in range(1, 6):
        await q.put(item)
    await q.join()
    for w in workers:
        w.cancel()
    print(total)


asyncio.run(main())
