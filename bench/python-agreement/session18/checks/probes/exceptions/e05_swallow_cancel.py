import asyncio

log = []

async def child():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append("swallowed")
    return 5

async def main():
    t = asyncio.create_task(child())
    await asyncio.sleep(0.001)
    t.cancel()
    value = await t
    log.append(f"value={value}")

asyncio.run(main())
