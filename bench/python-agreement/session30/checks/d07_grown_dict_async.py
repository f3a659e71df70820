import asyncio

cache = {"home": 1}
keys = []


async def load(page, delay):
    await asyncio.sleep(delay)
    if page not in cache:
        cache[page] = len(cache) + 1


async def main():
    await asyncio.gather(load("about", 0.002), load("blog", 0.001), load("about", 0.001))


asyncio.run(main())
keys = list(cache)
print(keys, cache)
