import asyncio

log = []


async def consumer(q):
    try:
        while True:
            item = await q.get()
            log.append(item)
            q.task_done()
    except asyncio.CancelledError:
        log.append("consumer cancelled")
        raise


async def main():
    q = asyncio.Queue(maxsize=1)
    c = asyncio.create_task(consumer(q))
    for i in range(3):
        await q.put(i)
    await q.join()
    c.cancel()
    await asyncio.gather(c, return_exceptions=True)
    log.append(q.qsize())


asyncio.run(main())
print(log)  # ordered
