"""A consumer takes items with asyncio.wait_for(q.get(), t) and stops at the first time-out; the
producer's last item comes too late and stays in the queue."""
import asyncio

taken = 0
left = 0


async def producer(q):
    for delay in (0.01, 0.01, 0.2):
        await asyncio.sleep(delay)
        await q.put(1)


async def consumer(q):
    global taken
    while True:
        try:
            item = await asyncio.wait_for(q.get(), timeout=0.05)
        except asyncio.TimeoutError:
            break
        taken += item


async def main():
    global left
    q = asyncio.Queue()
    await asyncio.gather(producer(q), consumer(q))
    left = q.qsize()


asyncio.run(main())
print(taken, left)
