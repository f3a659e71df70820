# check: cancelling a task blocked in gather(t1, t2) of tasks cancels both tasks
import asyncio

log = []


async def inner(n):
    try:
        await asyncio.sleep(0.05)
        log.append(n)
    except asyncio.CancelledError:
        log.append(-n)
        raise


async def outer(t1, t2):
    try:
        await asyncio.gather(t1, t2)
    except asyncio.CancelledError:
        log.append(0)
        raise


async def main():
    t1 = asyncio.create_task(inner(1))
    t2 = asyncio.create_task(inner(2))
    o = asyncio.create_task(outer(t1, t2))
    await asyncio.sleep(0.005)
    o.cancel()
    await asyncio.sleep(0.08)


asyncio.run(main())
