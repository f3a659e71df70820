# check: asyncio.Lock with a cancelled waiter: the next waiter gets the lock
import asyncio

log = []


async def holder(lock):
    async with lock:
        await asyncio.sleep(0.002)
    log.append("holder done")


async def waiter(name, lock):
    try:
        async with lock:
            log.append(name)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")


async def main():
    lock = asyncio.Lock()
    h = asyncio.create_task(holder(lock))
    await asyncio.sleep(0)
    w1 = asyncio.create_task(waiter("w1", lock))
    w2 = asyncio.create_task(waiter("w2", lock))
    await asyncio.sleep(0)
    w1.cancel()
    await asyncio.gather(h, w1, w2)


asyncio.run(main())
print(log)
