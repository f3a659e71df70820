import asyncio

TABLE = {"a": 1}
log = []


async def fetch(sem, key):
    async with sem:
        await asyncio.sleep(0)
        return TABLE[key]


async def main():
    sem = asyncio.Semaphore(1)
    results = await asyncio.gather(fetch(sem, "zz"), fetch(sem, "a"), fetch(sem, "a"), return_exceptions=True)
    for r in results:
        log.append("err" if isinstance(r, Exception) else r)


asyncio.run(main())
print(log)  # ordered
