import asyncio

sizes = []


async def quick():
    return 1


async def main():
    first = asyncio.create_task(quick())
    await asyncio.sleep(0)
    second = asyncio.create_task(asyncio.sleep(0))
    done, pending = await asyncio.wait([first, second], return_when=asyncio.FIRST_COMPLETED)
    sizes.append(len(done))
    sizes.append(len(pending))
    await second


asyncio.run(main())
print(sizes)
