# ordered
# An asyncio.Queue(maxsize=1): the producer's second put waits until the consumer takes the first.
import asyncio

log = []


async def producer(q):
    for item in ["a", "b", "c"]:
        await q.put(item)
        log.append(f"put {item}")


async def consumer(q):
    for _ in range(3):
        await asyncio.sleep(0.005)
        item = await q.get()
        log.append(f"got {item}")


async def main():
    q = asyncio.Queue(maxsize=1)
    await asyncio.gather(producer(q), consumer(q))


asyncio.run(main())
print(log)
