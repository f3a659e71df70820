# Check: an async generator consumed with `async for`, with a break part-way. Bug: none.
import asyncio

got = []


async def ticks(n):
    for i in range(n):
        await asyncio.sleep(0.001)
        yield i * i


async def main():
    async for v in ticks(6):
        if v > 5:
            break
        got.append(v)


asyncio.run(main())
print(f"got={got}")
