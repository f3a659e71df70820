# variant of a05_event_semaphore.py: a second edit past the next refusal
import asyncio


class Limiter:
    def __init__(self, limit):
        self.sem = asyncio.Semaphore(limit)
        self.active = 0
        self.peak = 0



async def download(i, start, limiter, done):
    await start.wait()
    async with limiter.sem:
        limiter.active += 1
        limiter.peak = max(limiter.peak, limiter.active)
        await asyncio.sleep(0.002)
        limiter.active -= 1
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
