import asyncio

SITE = {
    "/": ["/a", "/b"],
    "/a": ["/c", "/"],
    "/b": ["/c", "/d"],
    "/c": [],
    "/d": ["/a"],
}


class Crawler:
    def __init__(self, limit):
        self.sem = asyncio.Semaphore(limit)
        self.seen = set()
        self.in_flight = 0
        self.peak = 0
        self.order = []

    async def fetch(self, path):
        async with self.sem:
            self.in_flight += 1
            self.peak = max(self.peak, self.in_flight)
            await asyncio.sleep(0.001 * len(path))  # the network
            self.in_flight -= 1
            return SITE[path]

    async def crawl(self, path):
        if path in self.seen:
            return
        self.seen.add(path)
        links = await self.fetch(path)
        self.order.append(path)
        await asyncio.gather(*(self.crawl(link) for link in links))


async def main():
    crawler = Crawler(limit=2)
    await crawler.crawl("/")
    print("visited:", sorted(crawler.seen))
    print("pages:", len(crawler.order), "peak:", crawler.peak)


asyncio.run(main())
