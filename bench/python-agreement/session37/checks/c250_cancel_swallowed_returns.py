import asyncio

log = []


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append("ignored cancel")
        return "kept"
    return "slept"


async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0.001)
    t.cancel()
    result = await t
    log.append(result)
    log.append(t.cancelled())


asyncio.run(main())
print(log)  # ordered
