"""At most MAX_CONCURRENT downloads at once, enforced with asyncio.Semaphore; peak recorded."""
import asyncio

MAX_CONCURRENT = 3
JOBS = 7


class Tracker:
    def __init__(self):
        self.active = 0
        self.peak = 0
        self.completed = []


tracker = Tracker()


async def download(n, sem):
    async with sem:
        tracker.active += 1
        tracker.peak = max(tracker.peak, tracker.active)
        await asyncio.sleep(0.001 * (n % 3 + 1))
        tracker.active -= 1
        tracker.completed.append(n)
        return n * 10


async def main():
    sem = asyncio.Semaphore(MAX_CONCURRENT)
    return await asyncio.gather(*(download(n, sem) for n in range(JOBS)))


if __name__ == "__main__":
    results = asyncio.run(main())
    assert tracker.peak <= MAX_CONCURRENT
    assert results == [n * 10 for n in range(JOBS)]
