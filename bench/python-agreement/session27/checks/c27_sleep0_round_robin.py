"""Two coroutines yielding with sleep(0) interleave step by step."""
import asyncio

trace: list[str] = []


async def ticker(name: str, n: int) -> None:
    for i in range(n):
        trace.append(f"{name}{i}")
        await asyncio.sleep(0)


async def main() -> None:
    await asyncio.gather(ticker("a", 3), ticker("b", 2))


asyncio.run(main())
print(trace)
