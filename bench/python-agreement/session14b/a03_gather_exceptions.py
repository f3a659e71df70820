# Expected: gather(..., return_exceptions=True) keeps the other results when one coroutine raises (ok == 2, failed == 1, no bug).
import asyncio

ok = 0
failed = 0


class FetchError(Exception):
    pass


async def fetch(i):
    await asyncio.sleep(0.01 * i)
    if i == 1:
        raise FetchError(f"page {i} not found")
    return i * 100


async def main():
    global ok, failed
    results = await asyncio.gather(*(fetch(i) for i in range(3)), return_exceptions=True)
    for r in results:
        if isinstance(r, Exception):
            failed += 1
        else:
            ok += 1
    print(f"ok={ok} failed={failed}")


asyncio.run(main())
