"""Cancelling a gather cancels its children; each records its cancellation."""
import asyncio

log = []


async def child(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append(name)
        raise


async def main():
    g = asyncio.gather(child("a"), child("b"))
    await asyncio.sleep(0.001)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        log.append("gather")


asyncio.run(main())
print(sorted(log))
