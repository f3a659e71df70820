# CPython 3.11.7 (10 runs): ['early'] every run
# `raise ... from None` in a coroutine whose first attempt may find the cache empty
import asyncio

cache = {}
log = []


async def fill():
    await asyncio.sleep(0)
    cache["k"] = 1


async def read():
    try:
        return cache["k"]
    except KeyError:
        raise RuntimeError("not ready") from None


async def main():
    filler = asyncio.create_task(fill())
    try:
        value = await read()
        log.append(value)
    except RuntimeError:
        log.append("early")
    await filler


asyncio.run(main())
print(log)
