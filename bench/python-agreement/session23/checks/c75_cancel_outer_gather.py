# check: cancelling a task awaiting gather() cancels gather's children; their CancelledError handlers run
import asyncio

log = []


async def child(n):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append(n)
        raise


async def parent():
    await asyncio.gather(child(1), child(2))


async def main():
    t = asyncio.create_task(parent())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        log.append(0)


asyncio.run(main())
