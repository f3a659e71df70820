# SILENT ERROR (realistic). CPython (every run): ['/:1', '/hang:timeout', '/about:6', '/blog:5', '/shop:5'].
# weft (start binary): one outcome, ['/:1', '/hang:timeout', '/about:timeout', '/blog:timeout',
# '/shop:timeout'], "complete within a 20ms time window". wait_for's timeout cancels `fetch("/hang")`
# inside its `async with sem:`; Python releases the slot, weft never does (same cause as r01), so every
# later page waits on the semaphore until its own timeout.
# A realistic crawler: at most two fetches at once (`async with sem:` inside the fetch), each bounded by
# wait_for; a hung page times out, and its slot must come back for the pages after it.
import asyncio

log = []
PAGES = {"/": 0.002, "/hang": 5.0, "/about": 0.003, "/blog": 0.001, "/shop": 0.002}


async def fetch(path, sem):
    async with sem:
        await asyncio.sleep(PAGES[path])
        return len(path)


async def crawl(path, sem):
    try:
        size = await asyncio.wait_for(fetch(path, sem), timeout=0.05)
        log.append(f"{path}:{size}")
    except asyncio.TimeoutError:
        log.append(f"{path}:timeout")


async def main():
    sem = asyncio.Semaphore(1)
    for path in ["/", "/hang", "/about", "/blog", "/shop"]:
        await crawl(path, sem)


asyncio.run(main())
print(log)
