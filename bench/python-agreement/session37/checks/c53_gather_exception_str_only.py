import asyncio

log = []


async def call(n):
    await asyncio.sleep(0)
    if n == 2:
        raise KeyError("missing")
    return n


async def main():
    results = await asyncio.gather(call(1), call(2), return_exceptions=True)
    for r in results:
        if isinstance(r, Exception):
            log.append(type(r).__name__)
            log.append(repr(r))
        else:
            log.append(r)


asyncio.run(main())
print(log)  # ordered
