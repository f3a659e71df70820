# variant of a05_event_semaphore.py: the smallest edit past its refusal
import asyncio


class Limiter:
    def __init__(self, limit):
        self.sem = asyncio.Semaphore(limit)
        self.active = 0
        self.peak = 0

    async def __aenter__(self):
        await self.sem.acquire()
        self.active += 1
        self.peak = max(self.peak, self.active)
        return self

    async def __aexit__(self, *exc):
        self.active -= 1
        self.sem.release()


async def download(i, start, limiter, done):
    await start.wait()
    async with limiter.sem:
        await asyncio.sleep(0.002)
        done.append(i)


async def main():
    start = asyncio.Event()
    limiter = Limiter(3)
    done = []
    tasks = [asyncio.create_task(download(i, start, limiter, done)) for i in range(8)]
    await asyncio.sleep(0.01)
    print("before start", len(done))
    start.set()
    await asyncio.gather(*tasks)
    print("after", sorted(done), "peak", limiter.peak)


asyncio.run(main())
