import asyncio

STOP = -1
processed = []
log = []


async def producer(queue, items):
    for item in items:
        await queue.put(item)
    await queue.put(STOP)


async def consumer(queue, name):
    while True:
        item = await queue.get()
        if item == STOP:
            log.append(name + " stop")
            return
        await asyncio.sleep(0)
        processed.append(item * 10)


async def main():
    queue = asyncio.Queue(maxsize=2)
    async with asyncio.TaskGroup() as tg:
        tg.create_task(producer(queue, [1, 2, 3]))
        tg.create_task(consumer(queue, "c1"))
    log.append("group done")


asyncio.run(main())
print(processed, log)
