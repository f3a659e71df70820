"""A bounded asyncio.Queue: a producer blocked in put() is cancelled; the consumer gets what was put."""
import asyncio

received = []
put_cancelled = 0
final_size = -1


async def producer(q):
    global put_cancelled
    try:
        for i in range(5):
            await q.put(i)
    except asyncio.CancelledError:
        put_cancelled += 1
        raise


async def main():
    global final_size
    q = asyncio.Queue(maxsize=2)
    task = asyncio.create_task(producer(q))
    await asyncio.sleep(0.001)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        pass
    while not q.empty():
        try:
            item = q.get_nowait()
        except asyncio.QueueEmpty:
            break
        received.append(item)
    final_size = q.qsize()


if __name__ == "__main__":
    asyncio.run(main())
