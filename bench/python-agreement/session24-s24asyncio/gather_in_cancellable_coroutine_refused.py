# gather(..., return_exceptions=True) kept as a list in a coroutine that is itself a task (something may
# cancel it), in a program that cancels tasks: refused (its own CancelledError would be kept as a
# child's).
import asyncio

kinds = []


async def job(n, delay):
    await asyncio.sleep(delay)
    return n


async def canceller(t):
    await asyncio.sleep(0.002)
    t.cancel()


async def collect():
    t1 = asyncio.create_task(job(1, 0.05))
    t2 = asyncio.create_task(job(2, 0.01))
    c = asyncio.create_task(canceller(t1))
    results = await asyncio.gather(t1, t2, return_exceptions=True)
    for r in results:
        kinds.append(-1 if isinstance(r, asyncio.CancelledError) else r)
    await c


async def main():
    await asyncio.create_task(collect())


asyncio.run(main())
