import asyncio

PAGES = {
    "/": ["/about", "/blog"],
    "/about": ["/"],
    "/blog": ["/blog/1", "/blog/2"],
    "/blog/1": [],
    "/blog/2": ["/missing"],
}


class Scraper:
    def __init__(self, limit):
        self.sem = asyncio.Semaphore(limit)
        self.active = 0
        self.peak = 0
        self.fetched = []

    async def fetch(self, url):
        async with self.sem:
            self.active += 1
            self.peak = max(self.peak, self.active)
            try:
                await asyncio.sleep(0.001)
                if url not in PAGES:
                    raise LookupError(url)
                self.fetched.append(url)
                return PAGES[url]
            finally:
                self.active -= 1

    async def crawl(self, urls):
        results = await asyncio.gather(*(self.fetch(u) for u in urls), return_exceptions=True)
        links, broken = [], []
        for url, result in zip(urls, results):
            if isinstance(result, Exception):
                broken.append(url)
            else:
                links.extend(result)
        return links, broken


async def main():
    scraper = Scraper(limit=2)
    all_broken = []
    for frontier in (["/"], ["/about", "/blog"], ["/blog/1", "/blog/2"], ["/missing"]):
        links, broken = await scraper.crawl(frontier)
        all_broken.extend(broken)
    print("fetched", sorted(scraper.fetched), "broken", all_broken, "peak", scraper.peak)


asyncio.run(main())
