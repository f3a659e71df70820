# an exception inside `async with lock:` releases it; the waiting coroutine then gets it
import asyncio

log = []


async def failing(lock):
    try:
        async with lock:
            log.append("failing holds")
            await asyncio.sleep(0)
            raise KeyError("k")
    except KeyError:
        log.append("failing caught")


async def patient(lock):
    async with lock:
        log.append("patient holds")


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(failing(lock), patient(lock))


asyncio.run(main())
print(log)
