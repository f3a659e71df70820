import asyncio

outcome = []


async def ok(n):
    await asyncio.sleep(0.01 * n)
    return n


async def bad():
    await asyncio.sleep(0.015)
    raise ValueError("bad input")


async def main():
    results = await asyncio.gather(ok(1), bad(), ok(2), return_exceptions=True)
    for r in results:
        outcome.append(type(r).__name__ if isinstance(r, Exception) else r)
    try:
        await asyncio.gather(ok(1), bad(), ok(3))
    except ValueError as e:
        outcome.append(str(e))


asyncio.run(main())
print(outcome)
