import asyncio

log = []
lock = asyncio.Lock()


class ApiError(Exception):
    pass


async def call():
    async with lock:
        try:
            await asyncio.sleep(0)
            raise ApiError("x")
        finally:
            log.append("finally")


async def main():
    try:
        await call()
    except ApiError:
        log.append("caught")
    log.append(lock.locked() is False)


asyncio.run(main())
print(log)
