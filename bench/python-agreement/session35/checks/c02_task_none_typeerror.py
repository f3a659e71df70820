"""A task adds to None (TypeError); gather(return_exceptions=True) hands it back; the others finish."""
import asyncio

LIMITS = {"a": 3, "b": None, "c": 5}
done = []
failures = 0


async def bump(name):
    await asyncio.sleep(0.001)
    value = LIMITS[name] + 1
    done.append(value)
    return value


async def main():
    global failures
    results = await asyncio.gather(*(bump(n) for n in ["a", "b", "c"]), return_exceptions=True)
    failures = sum(1 for r in results if isinstance(r, TypeError))


asyncio.run(main())
print(done, failures)
