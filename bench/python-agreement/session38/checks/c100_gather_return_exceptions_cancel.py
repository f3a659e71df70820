# ordered
# gather(return_exceptions=True) with a task cancelled from outside: its slot holds a CancelledError.
import asyncio

log = []


async def job(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    a = asyncio.create_task(job("a", 0.01))
    b = asyncio.create_task(job("b", 0.5))
    c = asyncio.create_task(job("c", 0.02))
    await asyncio.sleep(0.005)
    b.cancel()
    results = await asyncio.gather(a, b, c, return_exceptions=True)
    for r in results:
        log.append(type(r).__name__ if isinstance(r, BaseException) else r)


asyncio.run(main())
print(log)
