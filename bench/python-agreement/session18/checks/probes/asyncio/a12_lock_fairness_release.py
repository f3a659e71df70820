import asyncio

order = []

async def worker(lock, name):
    for _ in range(2):
        async with lock:
            order.append(name)
            await asyncio.sleep(0)

async def main():
    lock = asyncio.Lock()
    await asyncio.gather(worker(lock, "a"), worker(lock, "b"))

asyncio.run(main())
