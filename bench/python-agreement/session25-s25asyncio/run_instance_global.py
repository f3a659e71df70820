"""A coroutine returns a module-level instance it changed; the module changes it further after the run."""
import asyncio


class Stats:
    def __init__(self):
        self.total = 0


stats = Stats()


async def add(n):
    await asyncio.sleep(0.001 * n)
    stats.total += n


async def main():
    await asyncio.gather(add(1), add(2))
    return stats


result = asyncio.run(main())
result.total += 10
same = result is stats
print(result.total, stats.total, same)
