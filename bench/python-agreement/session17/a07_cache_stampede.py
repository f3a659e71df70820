# bug: atomicity violation: two requests miss the cache at the same time and both call the slow backend
import asyncio

cache: dict[str, str] = {}
backend_calls = 0


async def load_from_backend(key: str) -> str:
    global backend_calls
    backend_calls += 1
    await asyncio.sleep(0.002)
    return key.upper()


async def get(key: str) -> str:
    if key in cache:
        return cache[key]
    value = await load_from_backend(key)
    cache[key] = value
    return value


async def main():
    values = await asyncio.gather(get("user:1"), get("user:1"))
    print(values, "backend calls:", backend_calls)


asyncio.run(main())
assert backend_calls == 1, f"backend hit {backend_calls} times"
