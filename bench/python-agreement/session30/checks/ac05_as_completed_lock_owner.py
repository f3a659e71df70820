import asyncio

lock = asyncio.Lock()
owners = []


async def worker(name):
    async with lock:
        owners.append(name)
        await asyncio.sleep(0.001)
    return name


async def main():
    finished = []
    for f in asyncio.as_completed([worker(1), worker(2), worker(3)]):
        finished.append(await f)
    return finished


done_order = asyncio.run(main())
print(owners, done_order)
