"""asyncio.Semaphore(2): the first two tasks enter without yielding, the rest wait in FIFO order."""
import asyncio

entered = []


async def job(sem, n):
    async with sem:
        entered.append(n)
        await asyncio.sleep(0.001)


async def main():
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(job(sem, n) for n in range(5)))


if __name__ == "__main__":
    asyncio.run(main())
