# bug: the async cache checks for the key, awaits the backend, then stores: concurrent callers all hit the backend
import asyncio

backend_calls = 0
_cache = {}


async def backend(key):
    global backend_calls
    backend_calls += 1
    await asyncio.sleep(0.01)
    return key


async def cached_get(key):
    if key in _cache:
        return _cache[key]
    value = await backend(key)
    _cache[key] = value
    return value


async def main():
    values = await asyncio.gather(*[cached_get("token") for _ in range(3)])
    print(f"values={values} backend_calls={backend_calls}")


asyncio.run(main())
assert backend_calls == 1, "stampede"
