# A producer fills a one-slot asyncio.Queue; a consumer stops at a None sentinel. No bug.
import asyncio

eaten = []


async def producer(q):
    for dish in ["soup", "fish", "cake"]:
        await q.put(dish)
        eaten.append(f"put {dish}")
    await q.put(None)


async def consumer(q):
    while (dish := await q.get()) is not None:
        await asyncio.sleep(0.001)
        eaten.append(f"ate {dish}")


async def main():
    q = asyncio.Queue(maxsize=1)
    await asyncio.gather(producer(q), consumer(q))


asyncio.run(main())
print(eaten)
