# check: cancelling a task blocked in `await asyncio.shield(t)` leaves t running to its end
import asyncio

log = []


async def inner():
    await asyncio.sleep(0.02)
    log.append("inner done")


async def outer(t):
    try:
        await asyncio.shield(t)
    except asyncio.CancelledError:
        log.append("outer cancelled")
        raise


async def main():
    t = asyncio.create_task(inner())
    o = asyncio.create_task(outer(t))
    await asyncio.sleep(0.005)
    o.cancel()
    await asyncio.sleep(0.05)


asyncio.run(main())
