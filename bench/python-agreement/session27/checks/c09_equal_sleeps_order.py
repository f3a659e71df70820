"""Tasks with equal sleeps wake in the order they were scheduled."""
import asyncio

order: list[str] = []


async def worker(name: str, delay: float) -> None:
    await asyncio.sleep(delay)
    order.append(name)


async def main() -> None:
    await asyncio.gather(worker("a", 0.01), worker("b", 0.01), worker("c", 0.005), worker("d", 0.01))


asyncio.run(main())
print(order)
