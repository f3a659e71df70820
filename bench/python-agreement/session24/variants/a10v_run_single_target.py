# BUG: cache stampede: concurrent requests for a missing key all miss and all call the backend
import asyncio


class AsyncCache:
    def __init__(self):
        self.data = {}
        self.backend_calls = 0

    async def load(self, key):
        self.backend_calls += 1
        await asyncio.sleep(0.002)
        return key.upper()

    async def get(self, key):
        if key not in self.data:
            self.data[key] = await self.load(key)
        return self.data[key]


async def main():
    cache = AsyncCache()
    values = await asyncio.gather(*(cache.get("user:1") for _ in range(3)))
    return cache, values


outcome = asyncio.run(main())
cache, values = outcome
calls = cache.backend_calls
print(values, calls)
assert calls == 1, f"backend called {calls} times"
