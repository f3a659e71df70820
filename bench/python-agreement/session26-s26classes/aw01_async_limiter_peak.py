# async with of an instance: __aenter__ takes an asyncio.Semaphore and counts who is inside
import asyncio

active = 0
peak = 0


class Limiter:
    def __init__(self, limit):
        self.sem = asyncio.Semaphore(limit)

    async def __aenter__(self):
        global active, peak
        await self.sem.acquire()
        active += 1
        peak = max(peak, active)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        global active
        active -= 1
        self.sem.release()


limiter = Limiter(2)
finished = []


async def download(i):
    async with limiter as held:
        await asyncio.sleep(0.001 * (i % 3 + 1))
        finished.append(i)
    return held is limiter


async def main():
    results = await asyncio.gather(*[download(i) for i in range(5)])
    print(results)


asyncio.run(main())
print("peak", peak, "active", active, "finished", sorted(finished))
