# A producer blocked in `await q.put()` on a full asyncio.Queue is cancelled: the item is not added.
import asyncio

log = []


async def producer(q):
    try:
        for i in range(5):
            await q.put(i)
            log.append(f"put {i}")
    except asyncio.CancelledError:
        log.append("producer cancelled")
        raise


async def main():
    q = asyncio.Queue(maxsize=2)
    p = asyncio.create_task(producer(q))
    await asyncio.sleep(0)
    p.cancel()
    try:
        await p
    except asyncio.CancelledError:
        pass
    log.append(q.qsize())
    print(log)


asyncio.run(main())
