"""Download a batch with asyncio.gather, at most two at a time."""
import asyncio

LIMIT = 2

in_flight = 0
peak = 0
sizes = []


async def download(sem, url_id):
    global in_flight, peak
    async with sem:
        in_flight += 1
        peak = max(peak, in_flight)
        await asyncio.sleep(0.002 * (url_id % 3 + 1))
        in_flight -= 1
    return url_id * 100


async def main():
    sem = asyncio.Semaphore(LIMIT)
    results = await asyncio.gather(*(download(sem, i) for i in range(5)))
    for size in results:
        sizes.append(size)


if __name__ == "__main__":
    asyncio.run(main())
    assert peak <= LIMIT
    assert sizes == [0, 100, 200, 300, 400]
