import asyncio

log = []


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append("caught")
        return "kept"
    return "slept"


async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    first = t.cancel()
    value = await t
    second = t.cancel()
    log.append((first, second, value, t.cancelled()))


asyncio.run(main())
print(log)
