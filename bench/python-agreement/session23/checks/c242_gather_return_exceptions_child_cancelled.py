# check: gather(return_exceptions=True) with a child cancelled by another task gives a CancelledError in its slot, no raise
import asyncio

kinds = []


async def job(n, delay):
    await asyncio.sleep(delay)
    return n


async def canceller(t):
    await asyncio.sleep(0.002)
    t.cancel()


async def main():
    t1 = asyncio.create_task(job(1, 0.05))
    t2 = asyncio.create_task(job(2, 0.01))
    c = asyncio.create_task(canceller(t1))
    results = await asyncio.gather(t1, t2, return_exceptions=True)
    for r in results:
        kinds.append(-1 if isinstance(r, asyncio.CancelledError) else r)
    await c


asyncio.run(main())
