"""asyncio.Lock wakes its waiters in FIFO order; a releaser re-acquiring at once goes behind them."""
import asyncio

order = []


async def worker(name, lock, rounds):
    for _ in range(rounds):
        async with lock:
            order.append(name)
            await asyncio.sleep(0)


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(worker("a", lock, 3), worker("b", lock, 2), worker("c", lock, 1))


asyncio.run(main())
text = "".join(order)
print(text)
