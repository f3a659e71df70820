"""asyncio crawler: workers take URLs from a queue, record them once in `seen`, enqueue links, q.join() ends it."""
import asyncio

LINKS = {"/": ["/a", "/b"], "/a": ["/b", "/c"], "/b": ["/"], "/c": []}
seen = {}
fetches = 0


async def worker(q):
    global fetches
    while True:
        url = await q.get()
        if url not in seen:
            seen[url] = 1
            fetches += 1
            await asyncio.sleep(0.001)
            for link in LINKS[url]:
                await q.put(link)
        q.task_done()


async def main():
    q = asyncio.Queue()
    await q.put("/")
    workers = [asyncio.create_task(worker(q)) for _ in range(2)]
    await q.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)


if __name__ == "__main__":
    asyncio.run(main())
    pages = len(seen)
    assert fetches == 4
