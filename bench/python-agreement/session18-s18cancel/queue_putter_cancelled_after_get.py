# NOT FIXED (docs/python.md 'Not yet'): a bounded asyncio.Queue's putter admitted by a get and cancelled before
# it resumes: CPython's put never put its item and wakes the next putter. CPython 3.11.7: [0, 'first cancelled',
# 'second put', 2, 0] every run. weft (before and after s18cancel): a deadlock only (the cancelled putter's item
# is in the queue).
import asyncio

log = []


async def producer(name, q, item):
    try:
        await q.put(item)
        log.append(f"{name} put")
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def main():
    q = asyncio.Queue(maxsize=1)
    await q.put(0)
    first = asyncio.create_task(producer("first", q, 1))
    second = asyncio.create_task(producer("second", q, 2))
    await asyncio.sleep(0)
    log.append(await q.get())
    first.cancel()
    await second
    try:
        await first
    except asyncio.CancelledError:
        pass
    log.append(await q.get())
    log.append(q.qsize())


asyncio.run(main())
print(log)
