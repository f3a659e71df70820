import asyncio

PAGES = {"/": ["/a", "/b"], "/a": ["/c"], "/b": ["/c", "/"], "/c": []}
visited = []
fetches = 0


async def fetch(path):
    global fetches
    fetches += 1
    await asyncio.sleep(0.001 * len(path))
    return PAGES[path]


async def crawl(path, sem, seen):
    if path in seen:
        return
    seen.add(path)
    async with sem:
        links = await fetch(path)
    visited.append(path)
    await asyncio.gather(*(crawl(link, sem, seen) for link in links))


async def main():
    await crawl("/", asyncio.Semaphore(2), set())


asyncio.run(main())
count = len(visited)
print(visited, count, fetches)
