import asyncio

kinds = []


async def ok(n):
    await asyncio.sleep(0.001 * n)
    return n


async def bad():
    await asyncio.sleep(0.002)
    raise ValueError("x")


async def main():
    results = await asyncio.gather(ok(1), bad(), ok(3), return_exceptions=True)
    for r in results:
        kinds.append("error" if isinstance(r, Exception) else r)


asyncio.run(main())
