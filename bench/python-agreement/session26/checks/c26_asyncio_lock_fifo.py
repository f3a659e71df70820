import asyncio

order: list[int] = []


async def user(lock: asyncio.Lock, i: int) -> None:
    await asyncio.sleep(0.001 * i)
    async with lock:
        order.append(i)
        await asyncio.sleep(0.01)


async def main() -> None:
    lock = asyncio.Lock()
    await asyncio.gather(*[user(lock, i) for i in (3, 1, 2, 0)])


asyncio.run(main())
print(order)
