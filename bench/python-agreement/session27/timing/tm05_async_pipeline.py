"""An asyncio producer (10 ms per item) feeds a consumer (20 ms per item) through a Queue: about 110 ms."""
import asyncio

done_items: list[int] = []


async def producer(q: asyncio.Queue) -> None:
    for i in range(5):
        await asyncio.sleep(0.01)
        await q.put(i)
    await q.put(None)


async def consumer(q: asyncio.Queue) -> None:
    while (item := await q.get()) is not None:
        await asyncio.sleep(0.02)
        done_items.append(item)


async def main() -> None:
    q: asyncio.Queue = asyncio.Queue()
    await asyncio.gather(producer(q), consumer(q))


asyncio.run(main())
print(done_items)
