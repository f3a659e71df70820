import asyncio

MAX_CONCURRENT = 2


class Limiter:
    def __init__(self, limit):
        self.sem = asyncio.Semaphore(limit)
        self.active = 0
        self.peak = 0


async def request(limiter, start_event, n, results):
    await start_event.wait()
    async with limiter.sem:
        limiter.active += 1
        limiter.peak = max(limiter.peak, limiter.active)
        await asyncio.sleep(0.01)
        results[n] = f"resp{n}"
        limiter.active -= 1


async def main():
    limiter = Limiter(MAX_CONCURRENT)
    start = asyncio.Event()
    results = {}
    tasks = [asyncio.create_task(request(limiter, start, n, results)) for n in range(5)]
    await asyncio.sleep(0.005)
    print("before start:", len(results))
    start.set()
    await asyncio.gather(*tasks)
    print("after:", [results[i] for i in range(5)])
    print("peak concurrency:", limiter.peak)
    assert limiter.peak <= MAX_CONCURRENT


asyncio.run(main())
