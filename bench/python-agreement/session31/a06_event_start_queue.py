# Workers wait on an asyncio.Event starting gun, then drain an asyncio.Queue; the main task joins the queue
import asyncio

start = asyncio.Event()
done_by = {}
total = 0


async def worker(name, q):
    global total
    await start.wait()
    while True:
        n = await q.get()
        try:
            await asyncio.sleep(0.001 * n)
            total += n
            done_by.setdefault(name, []).append(n)
        finally:
            q.task_done()


async def main():
    q = asyncio.Queue()
    for n in [3, 1, 2, 5, 4]:
        q.put_nowait(n)
    workers = [asyncio.create_task(worker(f"w{i}", q)) for i in range(2)]
    await asyncio.sleep(0.001)
    before_start = total
    start.set()
    await q.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    return before_start


before = asyncio.run(main())
handled = sum(len(v) for v in done_by.values())
print("before_start:", before, "total:", total, "handled:", handled)
print("workers used:", len(done_by))
