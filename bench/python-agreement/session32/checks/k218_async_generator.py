# async for over an async generator that awaits between items.
import asyncio

got = []


async def ticks(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def main():
    async for i in ticks(3):
        got.append(i)


asyncio.run(main())
print(got)
