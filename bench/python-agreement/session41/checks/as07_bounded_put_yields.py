# check: a bounded asyncio.Queue's put suspends only when the queue is full
import asyncio

log = []


async def consumer(q):
    for _ in range(4):
        x = await q.get()
        log.append(f"got{x}")


async def main():
    q = asyncio.Queue(maxsize=2)
    c = asyncio.create_task(consumer(q))
    for i in range(4):
        await q.put(i)
        log.append(f"put{i}")
    await c


asyncio.run(main())
print(log)
