import asyncio

names = []


async def worker():
    await asyncio.sleep(0)
    names.append(asyncio.current_task().get_name())


async def main():
    await asyncio.gather(worker(), worker())
    t = asyncio.create_task(worker())
    await t
    names.append(t.get_name())


asyncio.run(main())
print(names)
