# Expected: asyncio.Semaphore(2) caps concurrent fetches (max_in_flight == 2, fetched == 6); no bug
import asyncio
import time

in_flight = 0
max_in_flight = 0
fetched = 0


async def fetch(session_sem, url):
    global in_flight, max_in_flight, fetched
    async with session_sem:
        in_flight += 1
        max_in_flight = max(max_in_flight, in_flight)
        await asyncio.sleep(0.005)
        in_flight -= 1
        fetched += 1
        return f"<html>{url}</html>"


async def main():
    sem = asyncio.Semaphore(2)
    urls = [f"https://example.com/{i}" for i in range(6)]
    t0 = time.perf_counter()
    pages = await asyncio.gather(*(fetch(sem, u) for u in urls))
    print(f"fetched {len(pages)} pages in {time.perf_counter() - t0:.3f}s, max_in_flight={max_in_flight}")


if __name__ == "__main__":
    asyncio.run(main())
