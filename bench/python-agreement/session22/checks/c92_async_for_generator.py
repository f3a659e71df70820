import asyncio

items = []


async def ticker(n):
    for i in range(n):
        await asyncio.sleep(0.001)
        yield i * i


async def main():
    async for v in ticker(4):
        items.append(v)


asyncio.run(main())
print(items)
