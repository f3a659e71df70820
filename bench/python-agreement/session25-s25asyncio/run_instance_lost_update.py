# BUG: lost update on an instance's counter; the instance is asyncio.run's result, read by the module
import asyncio


class Counter:
    def __init__(self):
        self.hits = 0
        self.calls = 0

    async def bump(self, delay):
        self.calls += 1
        seen = self.hits
        await asyncio.sleep(delay)
        self.hits = seen + 1


async def main():
    counter = Counter()
    await asyncio.gather(counter.bump(0.002), counter.bump(0.001), counter.bump(0.003))
    return counter


counter = asyncio.run(main())
hits = counter.hits
print(hits, counter.calls)
assert hits == 3, f"lost updates: {hits}"
