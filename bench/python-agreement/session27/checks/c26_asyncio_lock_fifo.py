"""asyncio.Lock hands itself over in FIFO order of the waiters."""
import asyncio

order: list[int] = []


async def critical(n: int, lock: asyncio.Lock) -> None:
    async with lock:
        order.append(n)
        await asyncio.sleep(0.001)


async def main() -> None:
    lock = asyncio.Lock()
    await asyncio.gather(*[critical(n, lock) for n in range(4)])


asyncio.run(main())
print(order)
