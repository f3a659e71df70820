"""await q.put() on an unbounded asyncio.Queue and await q.get() with an item ready do not yield."""
import asyncio

trace = []


async def producer(q):
    for i in range(3):
        await q.put(i)
        trace.append(f"put{i}")


async def consumer(q):
    for _ in range(3):
        item = await q.get()
        trace.append(f"get{item}")


async def main():
    q = asyncio.Queue()
    await asyncio.gather(producer(q), consumer(q))


if __name__ == "__main__":
    asyncio.run(main())
