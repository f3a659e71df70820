"""A coroutine cache with an early return and an await in between; two tasks race on a miss."""
import asyncio

cache = {}
fetches = []


async def fetch(key):
    await asyncio.sleep(0.001)
    fetches.append(key)
    return key.upper()


async def get(key):
    if key in cache:
        return cache[key]
    value = await fetch(key)
    cache[key] = value
    return value


async def main():
    results = await asyncio.gather(get("a"), get("a"), get("b"))
    return results


results = asyncio.run(main())
print(results, sorted(fetches))
