import asyncio

log = []


async def holder(lock):
    async with lock:
        log.append("got")
        await asyncio.sleep(0.002)
    log.append("released")


async def reader(lock):
    await asyncio.sleep(0)
    log.append(f"locked={lock.locked()}")
    await asyncio.sleep(0.004)
    log.append(f"later={lock.locked()}")


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(holder(lock), reader(lock))


asyncio.run(main())
print(log)  # ordered
