# check: cancelling a task blocked in asyncio.wait(FIRST_COMPLETED) does not cancel the tasks it waits for
import asyncio

log = []


async def inner(n):
    await asyncio.sleep(0.01 * n)
    log.append(n)


async def outer(ts):
    try:
        await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    except asyncio.CancelledError:
        log.append("outer cancelled")
        raise


async def main():
    ts = [asyncio.create_task(inner(1)), asyncio.create_task(inner(2))]
    t_out = asyncio.create_task(outer(ts))
    await asyncio.sleep(0.002)
    t_out.cancel()
    await asyncio.sleep(0.03)
    log.append("end")


asyncio.run(main())
