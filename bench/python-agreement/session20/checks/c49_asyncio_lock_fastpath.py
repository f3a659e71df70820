"""asyncio.Lock's acquire does not yield when the lock is free and nobody waits: one task takes it three
times in a row before the other task ever runs."""
import asyncio

order = []


async def worker(lock, n):
    for _ in range(3):
        async with lock:
            order.append(n)


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(worker(lock, 0), worker(lock, 1))


if __name__ == "__main__":
    asyncio.run(main())
