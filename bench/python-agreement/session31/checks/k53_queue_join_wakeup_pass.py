# main awaits q.join() while a worker takes the items with task_done(); a spinner counts the passes
import asyncio

spins = 0
at_joined = -1


async def spinner():
    global spins
    for _ in range(20):
        spins += 1
        await asyncio.sleep(0)


async def worker(q):
    while True:
        await q.get()
        await asyncio.sleep(0)
        q.task_done()


async def main():
    global at_joined
    q = asyncio.Queue()
    asyncio.create_task(spinner())
    for n in range(2):
        q.put_nowait(n)
    w = asyncio.create_task(worker(q))
    await q.join()
    at_joined = spins
    w.cancel()


asyncio.run(main())
print(at_joined)
