import asyncio

log: list[str] = []


async def part(name: str, delay: float) -> None:
    try:
        await asyncio.sleep(delay)
        log.append(name)
    except asyncio.CancelledError:
        log.append(name + "!")
        raise


async def main() -> None:
    group = asyncio.gather(part("a", 0.001), part("b", 0.05))
    await asyncio.sleep(0.01)
    group.cancel()
    try:
        await group
    except asyncio.CancelledError:
        log.append("group cancelled")


asyncio.run(main())
print(log)
