# BUG: check-then-act across an await: concurrent requests all miss the cache and all hit the backend
import asyncio

backend_calls = 0
cache = {}


async def backend(key):
    global backend_calls
    backend_calls += 1
    await asyncio.sleep(0.001)
    return key[::-1]


async def get(key):
    if key in cache:
        return cache[key]
    value = await backend(key)
    cache[key] = value
    return value


async def main():
    values = await asyncio.gather(get("abc"), get("abc"), get("xyz"))
    return values


if __name__ == "__main__":
    result = asyncio.run(main())
    assert backend_calls == 2, f"{backend_calls} backend calls"
