# check: tasks created in order run in FIFO order, sleep(0) yields
import asyncio

order = []


async def step(name, n):
    for i in range(n):
        order.append(f"{name}{i}")
        await asyncio.sleep(0)


async def main():
    tasks = [asyncio.create_task(step(c, 2)) for c in "abc"]
    order.append("main")
    await asyncio.gather(*tasks)


asyncio.run(main())
print(order)
