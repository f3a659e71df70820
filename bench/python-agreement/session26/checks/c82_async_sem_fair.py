import asyncio

order: list[str] = []


async def greedy(sem: asyncio.Semaphore) -> None:
    for i in range(2):
        async with sem:
            order.append(f"greedy{i}")
            await asyncio.sleep(0.001)


async def polite(sem: asyncio.Semaphore) -> None:
    await asyncio.sleep(0)
    async with sem:
        order.append("polite")


async def main() -> None:
    sem = asyncio.Semaphore(1)
    await asyncio.gather(greedy(sem), polite(sem))


asyncio.run(main())
second = order[1]
print(order)
