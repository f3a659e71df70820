"""asyncio.Condition.wait_for a predicate; the producer notifies twice, the predicate holds the second time."""
import asyncio

log = []
stock = [0]


async def consumer(cond):
    async with cond:
        await cond.wait_for(lambda: stock[0] >= 2)
        log.append(("got", stock[0]))


async def producer(cond):
    for _ in range(2):
        await asyncio.sleep(0.001)
        async with cond:
            stock[0] += 1
            log.append(("made", stock[0]))
            cond.notify_all()


async def main():
    cond = asyncio.Condition()
    await asyncio.gather(consumer(cond), producer(cond))


asyncio.run(main())
print(log)
