# Expected: gather(return_exceptions=True) hands back the ValueError as a value; successes == 2 and failures == 1.
import asyncio

successes = 0
failures = 0


async def check(n):
    await asyncio.sleep(0)
    if n == 2:
        raise ValueError("bad record")
    return n


async def main():
    global successes, failures
    results = await asyncio.gather(check(1), check(2), check(3), return_exceptions=True)
    for r in results:
        if isinstance(r, Exception):
            failures += 1
        else:
            successes += 1


asyncio.run(main())
print(successes, failures)
