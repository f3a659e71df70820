import asyncio

TABLE = {"a": 1}
log = []


async def read(lock, key):
    async with lock:
        log.append(TABLE[key])


async def main():
    lock = asyncio.Lock()
    results = await asyncio.gather(read(lock, "zz"), read(lock, "a"), return_exceptions=True)
    log.append(sum(1 for r in results if isinstance(r, Exception)))
    log.append(lock.locked())


asyncio.run(main())
print(log)  # ordered
