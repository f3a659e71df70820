"""asyncio.Lock hands itself to its waiters in FIFO order: three tasks queued on it get it 0, 1, 2."""
import asyncio

order = []


async def user(n, lock):
    async with lock:
        order.append(n)
        await asyncio.sleep(0)


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(*(user(n, lock) for n in range(3)))


if __name__ == "__main__":
    asyncio.run(main())
    assert order == [0, 1, 2], order
