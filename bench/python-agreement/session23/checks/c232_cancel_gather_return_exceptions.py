# check: cancelling a task blocked in gather(..., return_exceptions=True) still raises CancelledError in it and cancels the children
import asyncio

log = []


async def child(n):
    try:
        await asyncio.sleep(0.05)
    except asyncio.CancelledError:
        log.append(-n)
        raise


async def parent():
    try:
        results = await asyncio.gather(child(1), child(2), return_exceptions=True)
        log.append(len(results))
    except asyncio.CancelledError:
        log.append(0)
        raise


async def main():
    p = asyncio.create_task(parent())
    await asyncio.sleep(0.005)
    p.cancel()
    await asyncio.sleep(0.01)


asyncio.run(main())
