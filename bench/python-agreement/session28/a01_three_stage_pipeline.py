import asyncio

results: list[int] = []


async def fetcher(urls: asyncio.Queue, pages: asyncio.Queue) -> None:
    while True:
        url = await urls.get()
        await asyncio.sleep(0.01)
        await pages.put(len(url))
        urls.task_done()


async def parser(pages: asyncio.Queue, rows: asyncio.Queue) -> None:
    while True:
        size = await pages.get()
        await rows.put(size * 10)
        pages.task_done()


async def sink(rows: asyncio.Queue) -> None:
    while True:
        row = await rows.get()
        results.append(row)
        rows.task_done()


async def main() -> None:
    urls: asyncio.Queue[str] = asyncio.Queue()
    pages: asyncio.Queue[int] = asyncio.Queue()
    rows: asyncio.Queue[int] = asyncio.Queue()
    for url in ["a", "bb", "ccc", "dddd"]:
        urls.put_nowait(url)
    workers = [asyncio.create_task(fetcher(urls, pages)) for _ in range(2)]
    workers.append(asyncio.create_task(parser(pages, rows)))
    workers.append(asyncio.create_task(sink(rows)))
    await urls.join()
    await pages.join()
    await rows.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)


asyncio.run(main())
results.sort()
print(f"results={results}")
assert results == [10, 20, 30, 40]
