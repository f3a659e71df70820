import asyncio

log = []


async def first(lock):
    async with lock:
        await asyncio.sleep(0.001)
    log.append(f"after release locked={lock.locked()}")


async def second(lock):
    await asyncio.sleep(0)
    async with lock:
        log.append("second got it")


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(first(lock), second(lock))


asyncio.run(main())
print(log)  # ordered
