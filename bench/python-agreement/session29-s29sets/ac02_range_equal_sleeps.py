"""asyncio.as_completed over a comprehension of coroutines over a range, all sleeping as long: they end
in the order they started, which is the order of a set of the coroutine objects."""
import asyncio

order = []


async def work(n):
    await asyncio.sleep(0.02)
    return n * 10


async def main():
    total = 0
    for next_done in asyncio.as_completed([work(n) for n in range(4)]):
        value = await next_done
        order.append(value)
        total += value
    assert total == 60


asyncio.run(main())
print(order)
