import asyncio

order = []


async def ticker(name, n):
    for i in range(n):
        order.append(f"{name}{i}")
        await asyncio.sleep(0)


async def main():
    await asyncio.gather(ticker("a", 3), ticker("b", 2))


asyncio.run(main())
print(order)
