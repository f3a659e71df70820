import asyncio

log = []
limit = asyncio.Lock()


class ApiError(Exception):
    pass


async def call(name, bad):
    async with limit:
        try:
            await asyncio.sleep(0)
            if bad:
                raise ApiError(name)
            return name
        finally:
            log.append(("finally", name))


async def guarded(name, bad):
    try:
        return await call(name, bad)
    except ApiError:
        return "failed"


async def main():
    results = await asyncio.gather(guarded("a", True), guarded("b", False), guarded("c", False))
    log.append(results[0])


asyncio.run(main())
print(log)
