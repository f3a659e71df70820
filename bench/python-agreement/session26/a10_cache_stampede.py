# BUG: check-then-act across an await: concurrent requests for the same key all miss and all load it (cache stampede).
import asyncio
from dataclasses import dataclass, field


@dataclass
class AsyncCache:
    data: dict[str, str] = field(default_factory=dict)
    loads: int = 0

    async def load(self, key: str) -> str:
        self.loads += 1
        await asyncio.sleep(0.002)
        return key[::-1]

    async def get(self, key: str) -> str:
        if key not in self.data:
            self.data[key] = await self.load(key)
        return self.data[key]


cache = AsyncCache()


async def main() -> list[str]:
    return await asyncio.gather(*[cache.get("profile") for _ in range(3)])


values = asyncio.run(main())
loads = cache.loads
print(f"values={values} loads={loads}")
assert loads == 1, f"loaded {loads} times"
