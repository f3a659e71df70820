# check: cancelling a task blocked in asyncio.wait(FIRST_COMPLETED) over tasks it made: the tasks run on
import asyncio

log = []


async def inner(n):
    await asyncio.sleep(0.01 * n)
    log.append(n)


async def outer():
    ts = [asyncio.create_task(inner(1)), asyncio.create_task(inner(2))]
    try:
        await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    except asyncio.CancelledError:
        log.append(0)
        raise


async def main():
    t_out = asyncio.create_task(outer())
    await asyncio.sleep(0.002)
    t_out.cancel()
    await asyncio.sleep(0.03)
    log.append(9)


asyncio.run(main())
