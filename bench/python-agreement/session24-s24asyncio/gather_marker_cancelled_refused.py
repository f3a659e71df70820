# gather(..., return_exceptions=True) kept as a list and tested with `isinstance(r, Exception)`, in a
# program that cancels a child: a CancelledError is no Exception. Refused (weft's marker of an
# exception cannot tell the two apart).
import asyncio

count = 0


async def job(n, delay):
    await asyncio.sleep(delay)
    return n


async def canceller(t):
    await asyncio.sleep(0.002)
    t.cancel()


async def main():
    global count
    t1 = asyncio.create_task(job(1, 0.05))
    t2 = asyncio.create_task(job(2, 0.01))
    c = asyncio.create_task(canceller(t1))
    results = await asyncio.gather(t1, t2, return_exceptions=True)
    for r in results:
        if isinstance(r, Exception):
            count += 1
    await c


asyncio.run(main())
