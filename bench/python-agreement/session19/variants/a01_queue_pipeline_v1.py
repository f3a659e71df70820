"""Three asyncio stages connected by queues: fetch -> transform -> sink, with a sentinel."""
import asyncio

URLS = ["/a", "/bb", "/ccc", "/dddd"]
STOP = None

sink_items = []
sizes = {}


async def fetcher(out_q):
    for url in URLS:
        await asyncio.sleep(0.001)
        await out_q.put((url, "x" * len(url)))
    await out_q.put(STOP)


async def transformer(in_q, out_q):
    while True:
        item = await in_q.get()
        if item is STOP:
            await out_q.put(STOP)
            return
        url, body = item
        await out_q.put((url, len(body)))


async def sink(in_q):
    while (item := await in_q.get()) is not STOP:
        url, size = item
        sink_items.append(url)
        sizes[url] = size


async def main():
    q1, q2 = asyncio.Queue(), asyncio.Queue()
    await asyncio.gather(fetcher(q1), transformer(q1, q2), sink(q2))


if __name__ == "__main__":
    asyncio.run(main())
    total_size = sum(sizes.values())
    assert sink_items == ["/a", "/bb", "/ccc", "/dddd"]
