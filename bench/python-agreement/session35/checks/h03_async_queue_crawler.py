"""A queue-driven async crawler: workers take URLs, skip visited ones, enqueue links, join() ends it."""
import asyncio

SITE = {"/": ["/a", "/b"], "/a": ["/b", "/c"], "/b": ["/"], "/c": []}
visited = set()
fetches = 0


async def worker(q):
    global fetches
    while True:
        url = await q.get()
        try:
            if url in visited:
                continue
            visited.add(url)
            await asyncio.sleep(0.001)
            fetches += 1
            for link in SITE[url]:
                q.put_nowait(link)
        finally:
            q.task_done()


async def main():
    q = asyncio.Queue()
    q.put_nowait("/")
    workers = [asyncio.create_task(worker(q)) for _ in range(2)]
    await q.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)


asyncio.run(main())
print(sorted(visited), fetches)
