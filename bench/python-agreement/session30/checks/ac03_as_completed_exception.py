import asyncio

ok = 0
failed = 0


async def call(n):
    await asyncio.sleep(0.001 * n)
    if n == 2:
        raise ValueError(n)
    return n


async def main():
    global ok, failed
    for f in asyncio.as_completed([call(3), call(2), call(1)]):
        try:
            await f
            ok += 1
        except ValueError:
            failed += 1


asyncio.run(main())
print(ok, failed)
