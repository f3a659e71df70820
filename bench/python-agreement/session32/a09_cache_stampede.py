# BUG: cache stampede: two requests miss the cache at once and both call the expensive backend, because
# the miss check and the fill are separated by an await.
import asyncio

cache = {}
backend_calls = []


async def backend(key):
    backend_calls.append(key)
    await asyncio.sleep(0.002)
    return key.upper()


async def get(key):
    if key in cache:
        return cache[key]
    value = await backend(key)
    cache[key] = value
    return value


async def request(key, delay):
    await asyncio.sleep(delay)
    return await get(key)


async def main():
    answers = await asyncio.gather(request("profile", 0), request("profile", 0), request("feed", 0.01))
    print(answers)
    print("backend calls", len(backend_calls), backend_calls)


asyncio.run(main())
