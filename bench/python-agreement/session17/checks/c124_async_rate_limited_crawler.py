# no bug: an async crawler with a visited set, a Semaphore of 2 and a page budget; stops when the frontier is empty
import asyncio

LINKS = {0: (1, 2), 1: (3,), 2: (3, 4), 3: (), 4: (0,)}
visited = []


async def fetch(page: int, limiter: asyncio.Semaphore) -> tuple:
    async with limiter:
        await asyncio.sleep(0.001)
        return LINKS[page]


async def crawl(start: int) -> None:
    limiter = asyncio.Semaphore(2)
    frontier = [start]
    while frontier:
        page = frontier.pop()
        if page in visited:
            continue
        visited.append(page)
        for link in await fetch(page, limiter):
            frontier.append(link)


asyncio.run(crawl(0))
print(sorted(visited))
