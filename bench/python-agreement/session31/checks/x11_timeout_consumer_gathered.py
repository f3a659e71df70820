# a consumer takes items under `async with asyncio.timeout(...)` and stops on the sentinel; gathered; a ticker
import asyncio

ticks = 0
got = []
report = {}


async def ticker():
    global ticks
    while True:
        ticks += 1
        await asyncio.sleep(0)


async def producer(q):
    for n in range(2):
        await asyncio.sleep(0)
        q.put_nowait(n)
    await asyncio.sleep(0)
    q.put_nowait(None)


async def consumer(q):
    while True:
        async with asyncio.timeout(1):
            item = await q.get()
        if item is None:
            return
        got.append(item)


async def main():
    tick = asyncio.create_task(ticker())
    q = asyncio.Queue()
    await asyncio.gather(producer(q), consumer(q))
    report["ticks"] = ticks
    tick.cancel()


asyncio.run(main())
print(got, report)
