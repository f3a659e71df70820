import asyncio

log = []


async def consumer(q):
    while True:
        item = await q.get()
        try:
            if item == 2:
                raise ValueError(item)
            log.append(item)
        except ValueError:
            log.append("bad")
        finally:
            q.task_done()


async def main():
    q = asyncio.Queue()
    for i in (1, 2, 3):
        q.put_nowait(i)
    task = asyncio.create_task(consumer(q))
    await q.join()
    task.cancel()
    log.append("joined")


asyncio.run(main())
print(log)  # ordered
