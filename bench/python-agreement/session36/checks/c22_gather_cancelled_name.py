"""A gathered task cancelled by another: type(r).__name__ under isinstance(r, BaseException)."""
import asyncio

labels = []


async def slow():
    await asyncio.sleep(0.05)
    return 1


async def main():
    t = asyncio.create_task(slow())
    await asyncio.sleep(0)
    t.cancel()
    results = await asyncio.gather(t, asyncio.sleep(0, result=2), return_exceptions=True)
    for r in results:
        labels.append(type(r).__name__ if isinstance(r, BaseException) else r)


asyncio.run(main())
print(labels)
