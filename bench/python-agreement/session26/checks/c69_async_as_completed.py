import asyncio

arrivals: list[int] = []


async def probe(ms: int) -> int:
    await asyncio.sleep(ms / 1000)
    return ms


async def main() -> None:
    for coro in asyncio.as_completed([probe(30), probe(10), probe(20)]):
        arrivals.append(await coro)


asyncio.run(main())
print(arrivals)
