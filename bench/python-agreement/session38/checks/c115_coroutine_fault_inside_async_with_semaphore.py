# A coroutine faults (a missing key) inside `async with sem:` and gather collects the exception; the
# semaphore is released, so the second coroutine gets it.
import asyncio

log = []
prices = {"tea": 3}


async def lookup(item, sem):
    async with sem:
        await asyncio.sleep(0.001)
        return prices[item]


async def main():
    sem = asyncio.Semaphore(1)
    results = await asyncio.gather(lookup("cake", sem), lookup("tea", sem), return_exceptions=True)
    for r in results:
        log.append(type(r).__name__ if isinstance(r, Exception) else r)


asyncio.run(main())
print(log)
