"""asyncio.gather over 9 requests of 30 ms with a semaphore of 3."""
import asyncio

REQUESTS = 9
LIMIT = 3

completed = 0


async def request(sem, n):
    global completed
    async with sem:
        await asyncio.sleep(0.030)
        completed += 1


async def main():
    sem = asyncio.Semaphore(LIMIT)
    await asyncio.gather(*(request(sem, n) for n in range(REQUESTS)))


if __name__ == "__main__":
    asyncio.run(main())
    assert completed == REQUESTS
