# x08 with the blocked producer listed last: its last put is woken by the consumer's get and it ends there
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
        await asyncio.sleep(0)
        item = await q.get()
        got.append(item)


async def main():
    tick = asyncio.create_task(ticker())
    q = asyncio.Queue(maxsize=1)
    await asyncio.gather(consumer(q), producer(q))
    report["ticks"] = ticks
    tick.cancel()


asyncio.run(main())
print(got, report)
