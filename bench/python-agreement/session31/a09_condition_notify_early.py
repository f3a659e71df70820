# BUG: the producer notifies before the consumer waits and the consumer waits without checking a predicate:
# the wake-up is lost and the consumer only leaves by its timeout
import asyncio

items = []
consumed = []
timed_out = 0


async def producer(cond):
    for n in range(2):
        async with cond:
            items.append(n)
            cond.notify()
        await asyncio.sleep(0)


async def consumer(cond):
    global timed_out
    await asyncio.sleep(0.001)  # starts late
    for _ in range(2):
        async with cond:
            try:
                await asyncio.wait_for(cond.wait(), timeout=0.02)
            except asyncio.TimeoutError:
                timed_out += 1
                continue
            if items:
                consumed.append(items.pop(0))


async def main():
    cond = asyncio.Condition()
    await asyncio.gather(producer(cond), consumer(cond))


asyncio.run(main())
print("consumed:", consumed, "left:", items, "timed_out:", timed_out)
