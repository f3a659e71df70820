# check: cancelling a task blocked in wait_for(t, 1) cancels t as well
import asyncio

log = []


async def inner():
    try:
        await asyncio.sleep(0.05)
        log.append("inner done")
    except asyncio.CancelledError:
        log.append("inner cancelled")
        raise


async def outer(t):
    try:
        await asyncio.wait_for(t, 1)
    except asyncio.CancelledError:
        log.append("outer cancelled")
        raise


async def main():
    t = asyncio.create_task(inner())
    o = asyncio.create_task(outer(t))
    await asyncio.sleep(0.005)
    o.cancel()
    await asyncio.sleep(0.08)


asyncio.run(main())
