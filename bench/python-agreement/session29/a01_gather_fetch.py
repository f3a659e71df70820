import asyncio

pages = {}


async def fetch(url, delay):
    await asyncio.sleep(delay)
    pages[url] = len(url)
    return len(url)


async def main():
    lengths = await asyncio.gather(
        fetch("a.com", 0.003),
        fetch("bb.org", 0.001),
        fetch("ccc.net", 0.002),
    )
    return sum(lengths)


total = asyncio.run(main())
print(pages, total)
