# gather(..., return_exceptions=True) kept, over tasks the program cancels itself after some have
# finished: a finished task's place holds its value, a cancelled one's its CancelledError.
import asyncio

kinds = []


async def job(n, delay):
    await asyncio.sleep(delay)
    return n


async def main():
    tasks = [asyncio.create_task(job(i, 0.01 * i)) for i in range(1, 4)]
    await asyncio.sleep(0.025)
    for t in tasks:
        t.cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    for r in results:
        if isinstance(r, asyncio.CancelledError):
            kinds.append(-1)
        else:
            kinds.append(r)


asyncio.run(main())
