import asyncio

order = []


async def step(name):
    order.append(name + "1")
    await asyncio.sleep(0)
    order.append(name + "2")


async def main():
    a = asyncio.create_task(step("a"))
    b = asyncio.create_task(step("b"))
    order.append("main")
    await a
    await b


asyncio.run(main())
print(order)
