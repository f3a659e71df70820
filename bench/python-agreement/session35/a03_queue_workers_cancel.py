"""asyncio.Queue with task_done/join; workers loop forever and are cancelled once the queue is drained."""
import asyncio


async def worker(name, q, totals):
    while True:
        order_id, amount = await q.get()
        try:
            await asyncio.sleep(0.001)
            totals[name] = totals.get(name, 0) + amount
        finally:
            q.task_done()


async def main():
    q = asyncio.Queue()
    for order_id, amount in enumerate([12, 7, 30, 5, 18], start=1):
        q.put_nowait((order_id, amount))
    totals = {}
    workers = [asyncio.create_task(worker(f"w{i}", q, totals)) for i in range(3)]
    await q.join()
    for w in workers:
        w.cancel()
    results = await asyncio.gather(*workers, return_exceptions=True)
    cancelled = sum(isinstance(r, asyncio.CancelledError) for r in results)
    print("grand total:", sum(totals.values()))
    print("cancelled workers:", cancelled)


asyncio.run(main())
