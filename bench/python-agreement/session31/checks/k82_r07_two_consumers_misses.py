# r07 contrast (two consumers, two sentinels: misses): CPython ticks_at_done=7, weft-start 6
import asyncio

ticks = 0
processed = []
report = {}


async def reporter():
    global ticks
    while True:
        ticks += 1
        await asyncio.sleep(0)


async def producer(q, items):
    for item in items:
        await asyncio.sleep(0)  # read the next record
        await q.put(item)
    await q.put(None)
    await q.put(None)


async def consumer(q):
    while True:
        item = await q.get()
        if item is None:
            break
        processed.append(item * 10)


async def main():
    rep = asyncio.create_task(reporter())
    q = asyncio.Queue()
    await asyncio.gather(producer(q, [1, 2, 3]), consumer(q), consumer(q))
    report["ticks_at_done"] = ticks
    report["processed"] = len(processed)
    rep.cancel()


asyncio.run(main())
print(report, processed)
