import asyncio

order: list[str] = []


async def greedy(lock: asyncio.Lock) -> None:
    for i in range(2):
        async with lock:
            order.append(f"greedy{i}")
            await asyncio.sleep(0.001)


async def polite(lock: asyncio.Lock) -> None:
    await asyncio.sleep(0)
    async with lock:
        order.append("polite")


async def main() -> None:
    lock = asyncio.Lock()
    await asyncio.gather(greedy(lock), polite(lock))


asyncio.run(main())
second = order[1]
print(order)
