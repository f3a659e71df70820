# check: cancelling a task blocked in `await` of asyncio.as_completed's next future does not cancel the tasks it watches
import asyncio

log = []


async def inner():
    await asyncio.sleep(0.01)
    log.append("inner done")
    return 1


async def outer(t):
    try:
        for fut in asyncio.as_completed([t]):
            await fut
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
