"""A worker sleeping on an item is cancelled; its finally marks the item done so join() returns."""
import asyncio

trace = []


async def worker(q):
    while True:
        item = await q.get()
        try:
            await asyncio.sleep(1)
            trace.append(f"did {item}")
        finally:
            q.task_done()
            trace.append(f"released {item}")


async def main():
    q = asyncio.Queue()
    q.put_nowait("a")
    w = asyncio.create_task(worker(q))
    await asyncio.sleep(0.001)
    w.cancel()
    await q.join()
    trace.append("joined")
    try:
        await w
    except asyncio.CancelledError:
        trace.append("cancelled")


asyncio.run(main())
print(trace)
