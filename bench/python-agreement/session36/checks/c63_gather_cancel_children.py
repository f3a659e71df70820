"""Cancelling a gather cancels its children."""
import asyncio

log = []


async def child(name):
    try:
        await asyncio.sleep(0.05)
        log.append(name)
    except asyncio.CancelledError:
        log.append("cancel:" + name)
        raise


async def main():
    group = asyncio.gather(child("a"), child("b"))
    await asyncio.sleep(0.005)
    group.cancel()
    try:
        await group
    except asyncio.CancelledError:
        log.append("group cancelled")


asyncio.run(main())
print(sorted(log))
