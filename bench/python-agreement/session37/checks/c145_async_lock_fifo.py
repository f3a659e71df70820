import asyncio

log = []


async def user(lock, name):
    async with lock:
        log.append(name)
        await asyncio.sleep(0.001)


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(*(user(lock, n) for n in ("a", "b", "c")))


asyncio.run(main())
print(log)  # ordered
