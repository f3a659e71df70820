# A module dict of (delay, links) tuples read by coroutines: each sleeps its page's delay and counts its links
import asyncio

SITE = {
    "/": (0.002, ["/a", "/b"]),
    "/a": (0.003, ["/c"]),
    "/b": (0.001, []),
}
fetched = []


async def fetch(path):
    delay, links = SITE[path]
    await asyncio.sleep(delay)
    fetched.append(path)
    return len(links)


async def main():
    counts = await asyncio.gather(fetch("/"), fetch("/a"), fetch("/b"))
    return sum(counts)


total = asyncio.run(main())
print(fetched, total)
