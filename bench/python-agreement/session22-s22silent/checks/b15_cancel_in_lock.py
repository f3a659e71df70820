import asyncio

log = []


async def holder(lock):
    async with lock:
        log.append("holding")
        await asyncio.sleep(1)


async def main():
    lock = asyncio.Lock()
    t = asyncio.create_task(holder(lock))
    await asyncio.sleep(0.001)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        log.append("cancelled")
    log.append("locked" if lock.locked() else "free")


asyncio.run(main())
