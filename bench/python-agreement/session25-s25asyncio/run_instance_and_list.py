"""`store, totals = asyncio.run(main())` of `return store, totals`: an instance and a gathered list."""
import asyncio


class Store:
    def __init__(self):
        self.items = {}
        self.writes = 0

    async def put(self, key, value):
        await asyncio.sleep(0.001 * value)
        self.items[key] = value
        self.writes += 1
        return value * 10


async def main():
    store = Store()
    totals = await asyncio.gather(store.put("a", 2), store.put("b", 1), store.put("a", 3))
    return store, totals


store, totals = asyncio.run(main())
writes = store.writes
last_a = store.items["a"]
print(writes, last_a, totals)
assert writes == 3 and last_a == 3 and totals[0] == 20 and totals[2] == 30
