# check: asyncio.as_completed over coroutines (not tasks) of equal duration: it wraps them in tasks in the order of a set
import asyncio

order = []


async def job(n):
    order.append(n)
    await asyncio.sleep(0.01)
    return n


async def main():
    results = []
    for fut in asyncio.as_completed([job(n) for n in range(3)]):
        results.append(await fut)
    order.extend(results)


asyncio.run(main())
