"""asyncio.as_completed yields in finishing order; results kept as they come."""
import asyncio

finish_order: list[str] = []


async def fetch(name: str, delay: float) -> str:
    await asyncio.sleep(delay)
    return name


async def main() -> None:
    coros = [fetch("slow", 0.03), fetch("fast", 0.01), fetch("mid", 0.02)]
    for next_done in asyncio.as_completed(coros):
        finish_order.append(await next_done)


asyncio.run(main())
print(finish_order)
