"""asyncio.Queue(maxsize=) back-pressure: a fast producer waits for two slow consumers; None stops each."""
import asyncio
from collections import defaultdict

per_consumer: defaultdict[str, list[int]] = defaultdict(list)
max_depth = 0


async def producer(q: asyncio.Queue, n: int, consumers: int) -> None:
    global max_depth
    for i in range(n):
        await q.put(i)
        max_depth = max(max_depth, q.qsize())
    for _ in range(consumers):
        await q.put(None)


async def consumer(name: str, q: asyncio.Queue) -> None:
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            return
        try:
            await asyncio.sleep(0.003)
            per_consumer[name].append(item)
        finally:
            q.task_done()


async def main() -> None:
    q: asyncio.Queue = asyncio.Queue(maxsize=2)
    workers = [asyncio.create_task(consumer(f"c{i}", q)) for i in range(2)]
    await producer(q, 6, len(workers))
    await q.join()
    await asyncio.gather(*workers)


asyncio.run(main())
all_items = sorted(x for items in per_consumer.values() for x in items)
print(dict(per_consumer), f"max_depth={max_depth}")
assert all_items == list(range(6)) and max_depth <= 2
