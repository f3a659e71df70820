# asyncio workers drain a queue; main waits on q.join() then cancels them. No bug.
import asyncio

done = []


async def worker(name, q):
    while True:
        item = await q.get()
        await asyncio.sleep(0.001 * item)
        done.append(f"{name}:{item}")
        q.task_done()


async def main():
    q = asyncio.Queue()
    for item in [3, 1, 2, 1]:
        q.put_nowait(item)
    workers = [asyncio.create_task(worker(f"w{i}", q)) for i in range(2)]
    await q.join()
    for w in workers:
        w.cancel()
    results = await asyncio.gather(*workers, return_exceptions=True)
    done.append(sum(1 for r in results if isinstance(r, asyncio.CancelledError)))


asyncio.run(main())
print(done)
