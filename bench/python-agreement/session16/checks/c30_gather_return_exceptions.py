# check: gather(return_exceptions=True) keeps results and exceptions in order
import asyncio

ok_count = 0
err_count = 0


async def job(n):
    await asyncio.sleep(0.001 * n)
    if n == 2:
        raise KeyError(n)
    return n


async def main():
    global ok_count, err_count
    results = await asyncio.gather(job(1), job(2), job(3), return_exceptions=True)
    for r in results:
        if isinstance(r, Exception):
            err_count += 1
        else:
            ok_count += 1


asyncio.run(main())
print(ok_count, err_count)
