import asyncio

good = []
bad = 0

async def job(n):
    await asyncio.sleep(0.01 * n)
    if n == 2:
        raise ValueError(n)
    return n

async def main():
    global bad
    for coro in asyncio.as_completed([job(n) for n in range(1, 4)]):
        try:
            good.append(await coro)
        except ValueError:
            bad += 1

asyncio.run(main())
