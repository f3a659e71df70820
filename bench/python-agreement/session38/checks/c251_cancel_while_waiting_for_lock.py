# ordered
# The same with an asyncio.Lock.
import asyncio

log = []


async def holder(lock):
    async with lock:
        await asyncio.sleep(0.02)
        log.append("holder done")


async def waiter(lock, name):
    async with lock:
        log.append(f"{name} in")


async def main():
    lock = asyncio.Lock()
    h = asyncio.create_task(holder(lock))
    await asyncio.sleep(0.001)
    w = asyncio.create_task(waiter(lock, "cancelled-waiter"))
    await asyncio.sleep(0.001)
    w.cancel()
    later = asyncio.create_task(waiter(lock, "later"))
    await asyncio.gather(h, later)
    log.append(w.cancelled())


asyncio.run(main())
print(log)
