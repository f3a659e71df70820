"""Bounded asyncio.Queue: the producer blocks on put; the idle consumer is cancelled at shutdown."""
import asyncio

ITEMS = 5
consumed = []
max_size = 0
consumer_state = "new"


async def producer(q):
    global max_size
    for i in range(ITEMS):
        await q.put(i)
        max_size = max(max_size, q.qsize())


async def consumer(q):
    global consumer_state
    consumer_state = "running"
    try:
        while True:
            item = await q.get()
            await asyncio.sleep(0.001)
            consumed.append(item)
            q.task_done()
    except asyncio.CancelledError:
        consumer_state = "cancelled"
        raise


async def main():
    q = asyncio.Queue(maxsize=2)
    worker = asyncio.create_task(consumer(q))
    await producer(q)
    await q.join()
    worker.cancel()
    try:
        await worker
    except asyncio.CancelledError:
        pass


if __name__ == "__main__":
    asyncio.run(main())
    assert consumed == list(range(ITEMS))
    assert max_size <= 2
