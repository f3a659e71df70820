import asyncio

events: list[str] = []
consumed_sum = 0


async def producer(queue: asyncio.Queue, count: int) -> None:
    for i in range(count):
        await queue.put(i)
        events.append(f"put{i}")
    await queue.put(None)


async def consumer(queue: asyncio.Queue) -> None:
    global consumed_sum
    while (item := await queue.get()) is not None:
        await asyncio.sleep(0.001)
        consumed_sum += item
        events.append(f"got{item}")
        queue.task_done()


async def main() -> None:
    queue: asyncio.Queue[int | None] = asyncio.Queue(maxsize=2)
    await asyncio.gather(producer(queue, 5), consumer(queue))


asyncio.run(main())
max_backlog = 0
backlog = 0
for e in events:
    backlog += 1 if e.startswith("put") else -1
    max_backlog = max(max_backlog, backlog)
print(f"sum={consumed_sum} max_backlog={max_backlog} events={' '.join(events)}")
assert consumed_sum == 10 and max_backlog <= 3
