# gather(return_exceptions=True) puts the exception in the result list
import asyncio

kinds = []


async def ok():
    return 1


async def bad():
    raise KeyError("k")


async def main():
    results = await asyncio.gather(ok(), bad(), ok(), return_exceptions=True)
    for r in results:
        if isinstance(r, KeyError):
            kinds.append("keyerror")
        else:
            kinds.append("value")


asyncio.run(main())
print(kinds)
