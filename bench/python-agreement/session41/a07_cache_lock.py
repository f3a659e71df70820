# bug: none
import asyncio

cache = {}
fetches = []
lock = asyncio.Lock()


async def load(key):
    fetches.append(key)
    await asyncio.sleep(0.002)
    return key[::-1]


async def get(key):
    async with lock:
        if key not in cache:
            cache[key] = await load(key)
        return cache[key]


async def main():
    keys = ["abc", "xyz", "abc", "abc", "xyz", "q"]
    values = await asyncio.gather(*(get(k) for k in keys))
    print(f"values={values} fetches={len(fetches)} locked={lock.locked()}")


asyncio.run(main())
