# gather(return_exceptions=True): the results list holds values and exception objects.
import asyncio

kinds = []


async def ok(n):
    await asyncio.sleep(0)
    return n


async def bad():
    await asyncio.sleep(0)
    raise KeyError("k")


async def main():
    res = await asyncio.gather(ok(1), bad(), ok(3), return_exceptions=True)
    for r in res:
        kinds.append("err" if isinstance(r, Exception) else str(r))


asyncio.run(main())
print(kinds)
