"""An async crawler: Semaphore rate limit, retries with back-off for one flaky URL, results in a dict."""
import asyncio

pages: dict[str, int] = {}
attempts: dict[str, int] = {"/a": 0, "/b": 0, "/c": 0}


async def fetch(url: str) -> int:
    attempts[url] += 1
    await asyncio.sleep(0.005)
    if url == "/b" and attempts[url] < 3:
        raise ConnectionError(url)
    return len(url) * 100


async def crawl(url: str, sem: asyncio.Semaphore) -> None:
    delay = 0.002
    async with sem:
        for _ in range(4):
            try:
                pages[url] = await fetch(url)
                return
            except ConnectionError:
                await asyncio.sleep(delay)
                delay *= 2


async def main() -> None:
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*[crawl(u, sem) for u in ["/a", "/b", "/c"]])


asyncio.run(main())
print(pages, attempts)
