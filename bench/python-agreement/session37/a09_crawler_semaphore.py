# A polite crawler: a Semaphore limits concurrent fetches to 2; gather(return_exceptions=True) collects failures.
import asyncio

PAGES = {
    "/": ["/docs", "/blog"],
    "/docs": ["/docs/api"],
    "/blog": [],
    "/docs/api": [],
    "/broken": [],
}
in_flight = {"now": 0, "max": 0}


async def fetch(url, limit):
    async with limit:
        in_flight["now"] += 1
        in_flight["max"] = max(in_flight["max"], in_flight["now"])
        await asyncio.sleep(0.001 * len(url))
        in_flight["now"] -= 1
    if url == "/broken":
        raise LookupError(url)
    return PAGES[url]


async def main():
    limit = asyncio.Semaphore(2)
    urls = ["/", "/docs", "/blog", "/docs/api", "/broken"]
    results = await asyncio.gather(*(fetch(u, limit) for u in urls), return_exceptions=True)
    links = {u: len(r) for u, r in zip(urls, results) if not isinstance(r, Exception)}
    errors = [u for u, r in zip(urls, results) if isinstance(r, Exception)]
    return links, errors


links, errors = asyncio.run(main())
peak = in_flight["max"]
total_links = sum(links.values())
print(f"peak={peak} total_links={total_links} errors={errors} links={links}")
