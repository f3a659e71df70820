# check: cancelling a task blocked in asyncio.wait([t]) does not cancel t: it finishes
import asyncio

log = []


async def inner():
    await asyncio.sleep(0.01)
    log.append("inner done")


async def outer(t):
    try:
        await asyncio.wait([t])
    except asyncio.CancelledError:
        log.append("outer cancelled")
        raise


async def main():
    t_in = asyncio.create_task(inner())
    t_out = asyncio.create_task(outer(t_in))
    await asyncio.sleep(0.002)
    t_out.cancel()
    await asyncio.sleep(0.02)
    log.append("end")


asyncio.run(main())
