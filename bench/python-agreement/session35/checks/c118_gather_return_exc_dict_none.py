"""gather(return_exceptions=True) where one coroutine compares a dict's None: the TypeError is a result."""
import asyncio

READINGS = {"a": 30, "b": None}
kinds = []


async def check(k):
    await asyncio.sleep(0)
    return READINGS[k] > 25


async def main():
    results = await asyncio.gather(check("a"), check("b"), return_exceptions=True)
    for r in results:
        kinds.append("error" if isinstance(r, TypeError) else str(r))


asyncio.run(main())
print(kinds)
