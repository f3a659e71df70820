# check: tasks created one after another run in creation order at the first await; sleeps of equal length wake in order
import asyncio

order = []


async def step(n):
    order.append(n)
    await asyncio.sleep(0)
    order.append(n + 10)


async def main():
    tasks = [asyncio.create_task(step(n)) for n in range(3)]
    order.append(99)
    await asyncio.gather(*tasks)


asyncio.run(main())
