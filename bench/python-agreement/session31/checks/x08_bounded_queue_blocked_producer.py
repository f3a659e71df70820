# a producer blocked on a full asyncio.Queue(maxsize=1); the consumer takes three items and ends; gathered
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
    for n in range(3):
        await q.put(n)


async def consumer(q):
    for _ in range(3):
        item = await q.get()
        got.append(item)
        await asyncio.sleep(0)


async def main():
    tick = asyncio.create_task(ticker())
    q = asyncio.Queue(maxsize=1)
    await asyncio.gather(producer(q), consumer(q))
    report["ticks"] = ticks
    tick.cancel()


asyncio.run(main())
print(got, report)
