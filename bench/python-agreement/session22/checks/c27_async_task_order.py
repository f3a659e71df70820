import asyncio

order = []


async def step(name, n):
    for i in range(n):
        order.append(f"{name}{i}")
        await asyncio.sleep(0)


async def main():
    t1 = asyncio.create_task(step("a", 3))
    t2 = asyncio.create_task(step("b", 2))
    order.append("main")
    await t1
    await t2


asyncio.run(main())
print(order)
