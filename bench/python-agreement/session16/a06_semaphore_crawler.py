# no bug: a semaphore keeps at most two downloads in flight
import asyncio

in_flight = 0
peak = 0
downloaded = []


async def download(sem, url):
    global in_flight, peak
    async with sem:
        in_flight += 1
        peak = max(peak, in_flight)
        await asyncio.sleep(0.01)
        downloaded.append(url)
        in_flight -= 1


async def crawl(urls):
    sem = asyncio.Semaphore(2)
    tasks = [asyncio.create_task(download(sem, u)) for u in urls]
    await asyncio.wait(tasks)


asyncio.run(crawl([f"https://example.com/p{i}" for i in range(5)]))
print(f"peak={peak} downloaded={len(downloaded)}")
assert peak <= 2
