import asyncio

collected = []


async def ticks(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i * 2


async def main():
    async for v in ticks(3):
        collected.append(v)


asyncio.run(main())
total = sum(collected)
print(collected, total)
