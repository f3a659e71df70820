import asyncio


async def worker(name, queue, processed):
    while True:
        url = await queue.get()
        try:
            await asyncio.sleep(0.001 * len(url))
            processed.append((name, url))
        finally:
            queue.task_done()


async def main():
    queue = asyncio.Queue()
    for url in ["a.io", "bb.io", "ccc.io", "dddd.io", "e.io"]:
        queue.put_nowait(url)
    processed = []
    workers = [asyncio.create_task(worker(f"w{i}", queue, processed)) for i in range(2)]
    await queue.join()
    for w in workers:
        w.cancel()
    results = await asyncio.gather(*workers, return_exceptions=True)
    print("crawled", sorted(url for _, url in processed))
    print("workers ended with", [type(r).__name__ for r in results])


asyncio.run(main())
