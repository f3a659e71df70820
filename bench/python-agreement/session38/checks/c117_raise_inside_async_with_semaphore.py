# An explicit raise inside `async with sem:` in a gathered coroutine: the semaphore is released.
import asyncio

log = []


async def fetch(name, sem, fail):
    async with sem:
        await asyncio.sleep(0.001)
        if fail:
            raise ConnectionError(name)
        return name


async def main():
    sem = asyncio.Semaphore(1)
    results = await asyncio.gather(fetch("a", sem, True), fetch("b", sem, False), return_exceptions=True)
    for r in results:
        log.append(type(r).__name__ if isinstance(r, Exception) else r)


asyncio.run(main())
print(log)
