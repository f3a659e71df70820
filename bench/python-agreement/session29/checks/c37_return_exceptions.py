import asyncio

kinds = []


async def ok(n):
    await asyncio.sleep(0)
    return n


async def bad():
    raise ValueError("bad")


async def main():
    results = await asyncio.gather(ok(1), bad(), ok(3), return_exceptions=True)
    for r in results:
        kinds.append(-1 if isinstance(r, Exception) else r)


asyncio.run(main())
print(kinds)
