# ordered
# A task cancelled inside `async with lock:` releases the asyncio.Lock; the waiter gets it.
import asyncio

log = []


async def holder(lock):
    async with lock:
        log.append("holder in")
        await asyncio.sleep(1)
        log.append("holder out")


async def waiter(lock):
    async with lock:
        log.append("waiter in")


async def main():
    lock = asyncio.Lock()
    h = asyncio.create_task(holder(lock))
    await asyncio.sleep(0.005)
    w = asyncio.create_task(waiter(lock))
    await asyncio.sleep(0.005)
    h.cancel()
    await w
    log.append(lock.locked())


asyncio.run(main())
print(log)
