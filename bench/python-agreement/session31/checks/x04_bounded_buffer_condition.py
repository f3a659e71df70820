# a bounded buffer on an asyncio.Condition: the producer waits while full, the consumer while empty; gathered
import asyncio

ticks = 0
buffer = []
taken = []
report = {}
CAPACITY = 2


async def ticker():
    global ticks
    while True:
        ticks += 1
        await asyncio.sleep(0)


async def producer(cond, items):
    for item in items:
        async with cond:
            await cond.wait_for(lambda: len(buffer) < CAPACITY)
            buffer.append(item)
            cond.notify_all()


async def consumer(cond, n):
    for _ in range(n):
        async with cond:
            await cond.wait_for(lambda: len(buffer) > 0)
            taken.append(buffer.pop(0))
            cond.notify_all()


async def main():
    tick = asyncio.create_task(ticker())
    cond = asyncio.Condition()
    await asyncio.gather(producer(cond, [1, 2, 3, 4]), consumer(cond, 4))
    report["ticks"] = ticks
    tick.cancel()


asyncio.run(main())
print(report, taken)
