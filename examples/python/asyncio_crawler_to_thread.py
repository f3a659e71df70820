"""The asyncio crawler of asyncio_crawler_blocking.py with its fix: `asyncio.to_thread` runs the blocking
parse on a worker thread (the loop's default executor), so the pages go on meanwhile and the crawl takes
300ms, the longest of the two."""
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
    parsed = await asyncio.to_thread(parse_blocking)
    results = await asyncio.gather(*tasks)
    return sum(results) + parsed


if __name__ == "__main__":
    total = asyncio.run(crawl())
    print("pages:", pages, "total:", total)
