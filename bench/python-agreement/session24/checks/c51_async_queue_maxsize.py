"""asyncio.Queue(maxsize=1): a producer blocks on put until the consumer takes; the interleaving is fixed."""
import asyncio

trace = []


async def producer(queue):
    for i in range(3):
        await queue.put(i)
        trace.append(f"p{i}")
    await queue.put(None)


async def consumer(queue):
    while (item := await queue.get()) is not None:
        trace.append(f"c{item}")


async def main():
    queue = asyncio.Queue(maxsize=1)
    await asyncio.gather(producer(queue), consumer(queue))


asyncio.run(main())
text = " ".join(trace)
print(text)
