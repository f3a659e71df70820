import asyncio

sizes = []


async def main():
    results = await asyncio.gather()
    sizes.append(len(results))
    sizes.append(results == [])


asyncio.run(main())
print(sizes)
