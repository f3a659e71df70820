"""A task catches CancelledError and returns normally: cancelled() is False and its result is kept."""
import asyncio

log = []


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append("ignored cancel")
    return 7


async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    first = t.cancel()
    value = await t
    log.append(value)
    log.append(t.cancelled())
    log.append(first)
    log.append(t.cancel())


asyncio.run(main())
print(log)
