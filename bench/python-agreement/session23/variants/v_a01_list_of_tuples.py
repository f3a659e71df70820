import asyncio


async def download(url, delay):
    await asyncio.sleep(delay)
    return f"{url}:{len(url)}"


async def main():
    urls = [("a.example", 0.03), ("bb.example", 0.01), ("ccc.example", 0.02)]
    pages = await asyncio.gather(*(download(u, d) for u, d in urls))
    print(pages)


asyncio.run(main())
