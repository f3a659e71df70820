# no bug: asyncio.Queue with two workers; queue.join() waits for every task_done
import asyncio

processed = []


async def worker(name, q):
    while True:
        item = await q.get()
        await asyncio.sleep(0.001 * item)
        processed.append(item)
        q.task_done()


async def main():
    q = asyncio.Queue()
    for item in range(1, 6):
        q.put_nowait(item)
    workers = [asyncio.create_task(worker(f"w{i}", q)) for i in range(2)]
    await q.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)


asyncio.run(main())
processed_total = sum(processed)
assert processed_total == 15
