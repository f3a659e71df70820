# check: gather(return_exceptions=True) keeps the order of the arguments and returns the exception
import asyncio

kinds = []


async def ok(n):
    await asyncio.sleep(0.001 * (3 - n))
    return n


async def bad():
    await asyncio.sleep(0.002)
    raise KeyError("k")


async def main():
    results = await asyncio.gather(ok(1), bad(), ok(2), return_exceptions=True)
    for r in results:
        kinds.append(-1 if isinstance(r, Exception) else r)


asyncio.run(main())
