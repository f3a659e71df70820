# gather(..., return_exceptions=True) kept as a list, over a child another task cancels and one that
# raises: the cancelled child's place holds a CancelledError, the other's its ValueError.
import asyncio

kinds = []


async def job(n, delay):
    await asyncio.sleep(delay)
    if n == 3:
        raise ValueError("three")
    return n


async def canceller(t):
    await asyncio.sleep(0.002)
    t.cancel()


async def main():
    t1 = asyncio.create_task(job(1, 0.05))
    t2 = asyncio.create_task(job(2, 0.01))
    t3 = asyncio.create_task(job(3, 0.02))
    c = asyncio.create_task(canceller(t1))
    results = await asyncio.gather(t1, t2, t3, return_exceptions=True)
    for r in results:
        if isinstance(r, asyncio.CancelledError):
            kinds.append(-1)
        elif isinstance(r, ValueError):
            kinds.append(-2)
        else:
            kinds.append(r)
    await c


asyncio.run(main())
