import asyncio

LIMIT = 2


async def fetch(sem, url, active, peak):
    async with sem:
        active[0] += 1
        peak[0] = max(peak[0], active[0])
        await asyncio.sleep(0.01 * len(url))
        active[0] -= 1
        return url.upper()


async def main():
    sem = asyncio.Semaphore(LIMIT)
    active, peak = [0], [0]
    urls = ["a", "bb", "ccc", "dd", "e"]
    pages = await asyncio.gather(*(fetch(sem, u, active, peak) for u in urls))
    print(pages)
    print("peak", peak[0])
    assert peak[0] <= LIMIT


asyncio.run(main())
