# A consumer cancelled while waiting in `await q.get()` right after an item was put: the item stays.
import asyncio

log = []


async def consumer(q):
    try:
        item = await q.get()
        log.append(f"got {item}")
    except asyncio.CancelledError:
        log.append("cancelled")
        raise


async def main():
    q = asyncio.Queue()
    c = asyncio.create_task(consumer(q))
    await asyncio.sleep(0)
    q.put_nowait("x")
    c.cancel()
    await asyncio.gather(c, return_exceptions=True)
    log.append(q.qsize())
    print(log)


asyncio.run(main())
