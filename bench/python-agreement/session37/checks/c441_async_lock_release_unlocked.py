import asyncio

log = []


async def main():
    lock = asyncio.Lock()
    try:
        lock.release()
    except RuntimeError:
        log.append("not locked")
    async with lock:
        log.append(lock.locked())


asyncio.run(main())
print(log)  # ordered
