import asyncio

log = []


async def holder(lock):
    async with lock:
        await asyncio.sleep(0.005)
        log.append("holder done")


async def waiter(lock, name):
    try:
        async with lock:
            log.append(f"{name} got lock")
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def main():
    lock = asyncio.Lock()
    h = asyncio.create_task(holder(lock))
    await asyncio.sleep(0)
    w1 = asyncio.create_task(waiter(lock, "w1"))
    w2 = asyncio.create_task(waiter(lock, "w2"))
    await asyncio.sleep(0.001)
    w1.cancel()
    await asyncio.gather(h, w1, w2, return_exceptions=True)
    log.append(lock.locked())


asyncio.run(main())
print(log)  # ordered
