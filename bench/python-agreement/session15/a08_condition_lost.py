# bug: lost wake-up -- the producer notifies before the consumer waits, and the consumer does not check a predicate
import asyncio

received = 0
gave_up = 0


async def consumer(cond):
    global received, gave_up
    async with cond:
        try:
            await asyncio.wait_for(cond.wait(), timeout=0.05)
            received = 1
        except asyncio.TimeoutError:
            gave_up = 1


async def producer(cond):
    async with cond:
        cond.notify_all()


async def main():
    cond = asyncio.Condition()
    await asyncio.gather(producer(cond), consumer(cond))


asyncio.run(main())
print("received" if received else "missed it")
