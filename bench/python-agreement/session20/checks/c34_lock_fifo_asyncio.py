"""asyncio.Lock hands over to waiters in FIFO order."""
import asyncio

order = []


async def user(lock, n):
    async with lock:
        order.append(n)
        await asyncio.sleep(0.001)


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(*(user(lock, n) for n in range(4)))


if __name__ == "__main__":
    asyncio.run(main())
