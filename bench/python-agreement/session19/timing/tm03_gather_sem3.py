"""Timing: asyncio.gather over 9 requests of 15 ms each, at most 3 at a time."""
import asyncio

REQUESTS = 9
LIMIT = 3
DELAY_S = 0.015

done = []


async def request(n, sem):
    async with sem:
        await asyncio.sleep(DELAY_S)
        done.append(n)


async def main():
    sem = asyncio.Semaphore(LIMIT)
    await asyncio.gather(*(request(n, sem) for n in range(REQUESTS)))


if __name__ == "__main__":
    asyncio.run(main())
    completed = len(done)
