import asyncio

URLS = []
sizes = []


async def fetch(url):
    await asyncio.sleep(0)
    return len(url)


async def main():
    results = await asyncio.gather(*[fetch(u) for u in URLS])
    sizes.append(len(results))
    sizes.append(sum(results))


asyncio.run(main())
print(sizes)
