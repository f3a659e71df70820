# A polite crawler: an asyncio.Semaphore allows 2 fetches at once; wait_for drops slow pages
import asyncio

DELAY_MS = {"/": 2, "/a": 3, "/b": 200, "/c": 1}  # /b too slow: dropped by the timeout
LINKS = {"/": ["/a", "/b"], "/a": ["/c"], "/b": [], "/c": ["/"]}

limit = asyncio.Semaphore(2)
seen = set()
fetched = []
timed_out = []
max_active = 0
active = 0


async def fetch(path):
    global active, max_active
    async with limit:
        active += 1
        max_active = max(max_active, active)
        try:
            delay = DELAY_MS[path] / 1000
            links = LINKS[path]
            await asyncio.sleep(delay)
            return links
        finally:
            active -= 1


async def crawl(path):
    if path in seen:
        return
    seen.add(path)
    try:
        links = await asyncio.wait_for(fetch(path), timeout=0.05)
    except asyncio.TimeoutError:
        timed_out.append(path)
        return
    fetched.append(path)
    await asyncio.gather(*(crawl(link) for link in links))


asyncio.run(crawl("/"))
print("fetched:", sorted(fetched))
print("timed_out:", timed_out, "max_active:", max_active, "seen:", len(seen))
