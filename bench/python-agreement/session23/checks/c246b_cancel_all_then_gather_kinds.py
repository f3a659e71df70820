# check: the cleanup idiom, then each result is a CancelledError instance
import asyncio

kinds = []


async def worker(n):
    await asyncio.sleep(1)


async def main():
    tasks = [asyncio.create_task(worker(n)) for n in range(3)]
    await asyncio.sleep(0.005)
    for t in tasks:
        t.cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    for r in results:
        kinds.append(1 if isinstance(r, asyncio.CancelledError) else 0)


asyncio.run(main())
