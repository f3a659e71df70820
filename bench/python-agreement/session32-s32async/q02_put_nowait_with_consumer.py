# a producer offers five items with put_nowait to a queue of two, sleeping a pass between offers, while a
# consumer takes one item a pass: which offers are dropped depends on the loop's order
import asyncio

taken = []
dropped = []


async def consumer(q):
    for _ in range(5):
        await asyncio.sleep(0)
        try:
            item = q.get_nowait()
        except asyncio.QueueEmpty:
            continue
        taken.append(item)


async def producer(q):
    for n in range(5):
        try:
            q.put_nowait(n)
        except asyncio.QueueFull:
            dropped.append(n)
        if n % 2 == 1:
            await asyncio.sleep(0)


async def main():
    q = asyncio.Queue(maxsize=2)
    await asyncio.gather(producer(q), consumer(q))


asyncio.run(main())
print(taken, dropped)
