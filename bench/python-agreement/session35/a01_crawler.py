"""An async web crawler: a visited set, a Semaphore limiting fetches, links followed breadth-first."""
import asyncio

SITE = {
    "/": ["/docs", "/blog"],
    "/docs": ["/docs/install", "/"],
    "/blog": ["/blog/post1", "/docs"],
    "/docs/install": [],
    "/blog/post1": ["/"],
}


class Crawler:
    def __init__(self, limit):
        self.visited = set()
        self.sem = asyncio.Semaphore(limit)
        self.fetches = 0
        self.in_flight = 0
        self.peak = 0

    async def fetch(self, url):
        async with self.sem:
            self.in_flight += 1
            self.peak = max(self.peak, self.in_flight)
            await asyncio.sleep(0.001)
            self.fetches += 1
            self.in_flight -= 1
            return SITE[url]

    async def crawl(self, url):
        if url in self.visited:
            return
        self.visited.add(url)
        links = await self.fetch(url)
        await asyncio.gather(*(self.crawl(link) for link in links))


async def main():
    crawler = Crawler(limit=2)
    await crawler.crawl("/")
    print("visited:", sorted(crawler.visited))
    print("fetches:", crawler.fetches, "peak in flight:", crawler.peak)


asyncio.run(main())
