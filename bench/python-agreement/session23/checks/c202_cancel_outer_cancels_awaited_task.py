# check: cancelling a task that awaits another task cancels that task too (the future it waits on)
import asyncio

log = []


async def inner():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append("inner cancelled")
        raise


async def outer(t):
    try:
        await t
    except asyncio.CancelledError:
        log.append("outer cancelled")
        raise


async def main():
    t_in = asyncio.create_task(inner())
    t_out = asyncio.create_task(outer(t_in))
    await asyncio.sleep(0.005)
    t_out.cancel()
    await asyncio.sleep(0.005)
    log.append("end")


asyncio.run(main())
