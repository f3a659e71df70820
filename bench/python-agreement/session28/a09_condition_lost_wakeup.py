# BUG: lost wake-up: the producer notifies before the consumer waits, and the consumer waits without a predicate
import asyncio

ready = False
consumed = 0


async def producer(cond: asyncio.Condition) -> None:
    global ready
    async with cond:
        ready = True
        cond.notify()


async def consumer(cond: asyncio.Condition) -> None:
    global consumed
    await asyncio.sleep(0.01)  # set up first
    async with cond:
        await cond.wait()  # should be: await cond.wait_for(lambda: ready)
        consumed += 1


async def main() -> None:
    cond = asyncio.Condition()
    await asyncio.gather(consumer(cond), producer(cond))


asyncio.run(main())
print(f"consumed={consumed}")
