# check: await q.put() on an unbounded asyncio.Queue does not suspend, so the producer's loop runs first
import asyncio

log = []


async def consumer(q):
    for _ in range(3):
        x = await q.get()
        log.append(f"got{x}")


async def producer(q):
    for i in range(3):
        await q.put(i)
        log.append(f"put{i}")


async def main():
    q = asyncio.Queue()
    c = asyncio.create_task(consumer(q))
    await asyncio.sleep(0)
    await producer(q)
    await c


asyncio.run(main())
print(log)
