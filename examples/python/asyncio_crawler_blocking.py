"""An asyncio crawler: three pages fetched together (100ms each, so they overlap), then a parse that calls
a blocking function. `time.sleep` blocks the loop's thread: the pages cannot move until the parse is done,
so the crawl takes 300ms + 100ms. asyncio_crawler_to_thread.py is the fix."""
import asyncio
import time

pages = 0
total = 0


def parse_blocking():
    time.sleep(0.3)  # a blocking call (a C library, a file): it holds the loop's thread
    return 10


async def fetch(page):
    global pages
    await asyncio.sleep(0.1)  # the network
    pages += 1
    return page


async def crawl():
    tasks = [asyncio.create_task(fetch(page)) for page in range(3)]
    parsed = parse_blocking()
    results = await asyncio.gather(*tasks)
    return sum(results) + parsed


if __name__ == "__main__":
    total = asyncio.run(crawl())
    print("pages:", pages, "total:", total)
