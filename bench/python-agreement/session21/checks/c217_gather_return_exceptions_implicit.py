# gather(return_exceptions=True) with a child failing implicitly (IndexError): the error is in the results
import asyncio

kinds = []
items = []


async def ok():
    await asyncio.sleep(0.01)
    return 1


async def bad():
    await asyncio.sleep(0.005)
    return items[3]


async def main():
    results = await asyncio.gather(ok(), bad(), ok(), return_exceptions=True)
    for r in results:
        if isinstance(r, IndexError):
            kinds.append("indexerror")
        else:
            kinds.append("value")


asyncio.run(main())
print(kinds)
