# check: tasks created before the first await do not run until main awaits; they then run in creation order
import asyncio

order = []


async def step(n):
    order.append(n)


async def main():
    t1 = asyncio.create_task(step(1))
    t2 = asyncio.create_task(step(2))
    order.append(0)
    await t2
    order.append(3)
    await t1


asyncio.run(main())
print(order)
