# check: gather(return_exceptions=True) keeps order and returns exception objects
import asyncio

kinds = []


async def job(n):
    await asyncio.sleep(0.001 * (3 - n))
    if n == 1:
        raise KeyError(n)
    return n * 10


async def main():
    res = await asyncio.gather(job(0), job(1), job(2), return_exceptions=True)
    for r in res:
        kinds.append(type(r).__name__ if isinstance(r, BaseException) else r)


asyncio.run(main())
print(kinds)
