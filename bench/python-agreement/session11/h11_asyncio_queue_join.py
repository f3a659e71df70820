"""asyncio workers drain a queue; main waits on join, then cancels them."""
import asyncio

handled = 0


async def worker(q):
    global handled
    while True:
        item = await q.get()
        await asyncio.sleep(0.01 * item)
        handled += 1
        q.task_done()


async def main():
    q = asyncio.Queue()
    for i in range(4):
        q.put_nowait(i)
    workers = [asyncio.create_task(worker(q)) for _ in range(2)]
    await q.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)


asyncio.run(main())
print(handled)
