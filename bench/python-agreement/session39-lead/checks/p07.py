import asyncio
results = []
async def job(n):
    await asyncio.sleep(0.001 * n)
    if n == 2:
        raise ValueError(f"bad {n}")
    return n * 10
async def main():
    out = await asyncio.gather(*(job(n) for n in range(4)), return_exceptions=True)
    for r in out:
        if isinstance(r, Exception):
            results.append(f"err:{r}")
        else:
            results.append(r)
asyncio.run(main())
print(results)
