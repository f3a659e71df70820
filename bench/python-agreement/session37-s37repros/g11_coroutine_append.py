"""The callee is an `async def` awaited in a coroutine walking a display of lists."""
import asyncio

sizes = []


async def grow(items):
    await asyncio.sleep(0)
    items.append(0)


async def main():
    for items in [[1, 2], [3]]:
        await grow(items)
        sizes.append(len(items))


asyncio.run(main())
print(sizes)
