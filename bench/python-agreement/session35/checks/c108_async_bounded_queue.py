"""asyncio.Queue(maxsize=1): two producers block on put; one consumer takes four items, then join()."""
import asyncio

got = []
puts_done = []


async def producer(q, tag):
    for n in range(2):
        await q.put(f"{tag}{n}")
    puts_done.append(tag)


async def consumer(q):
    while True:
        item = await q.get()
        got.append(item)
        q.task_done()


async def main():
    q = asyncio.Queue(maxsize=1)
    c = asyncio.create_task(consumer(q))
    await asyncio.gather(producer(q, "a"), producer(q, "b"))
    await q.join()
    c.cancel()


asyncio.run(main())
print(got, puts_done)
