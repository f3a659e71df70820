import asyncio

STOP = None


async def producer(queue, items):
    for item in items:
        await queue.put(item)
        await asyncio.sleep(0)


async def consumer(name, queue, tally):
    while True:
        item = await queue.get()
        if item is STOP:
            queue.task_done()
            return name
        await asyncio.sleep(0.001)
        tally[name] = tally.get(name, 0) + item
        queue.task_done()


async def main():
    queue = asyncio.Queue(maxsize=3)
    tally = {}
    consumers = [asyncio.create_task(consumer(f"c{i}", queue, tally)) for i in range(3)]
    await asyncio.gather(producer(queue, [1, 2, 3]), producer(queue, [10, 20]))
    await queue.join()
    for _ in consumers:
        await queue.put(STOP)
    names = await asyncio.gather(*consumers)
    print("total:", sum(tally.values()), "consumers:", names)
    print("queue empty:", queue.empty())


asyncio.run(main())
