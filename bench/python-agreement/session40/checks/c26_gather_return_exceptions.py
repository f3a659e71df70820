# Check: asyncio.gather(return_exceptions=True) returns the exception objects in place. Bug: none.
import asyncio

kinds = []
values = []


async def job(n):
    await asyncio.sleep(0.001 * n)
    if n == 2:
        raise KeyError(n)
    return n * n


async def main():
    res = await asyncio.gather(job(1), job(2), job(3), return_exceptions=True)
    for r in res:
        if isinstance(r, Exception):
            kinds.append(type(r).__name__)
            values.append(-1)
        else:
            kinds.append("ok")
            values.append(r)


asyncio.run(main())
print(f"kinds={kinds} values={values}")
