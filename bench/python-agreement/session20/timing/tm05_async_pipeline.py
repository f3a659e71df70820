"""asyncio two-stage pipeline: a fetcher (10 ms each) feeds two parsers (25 ms each) through a Queue."""
import asyncio

PAGES = 6
PARSERS = 2

parsed = []


async def fetcher(q):
    for page in range(PAGES):
        await asyncio.sleep(0.010)
        await q.put(page)
    for _ in range(PARSERS):
        await q.put(None)


async def parser(q):
    while True:
        page = await q.get()
        if page is None:
            return
        await asyncio.sleep(0.025)
        parsed.append(page)


async def main():
    q = asyncio.Queue()
    await asyncio.gather(fetcher(q), *(parser(q) for _ in range(PARSERS)))


if __name__ == "__main__":
    asyncio.run(main())
    parsed.sort()
    assert parsed == list(range(PAGES))
