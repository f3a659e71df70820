import asyncio

log: list[str] = []


async def fails() -> None:
    await asyncio.sleep(0.005)
    raise ValueError("boom")


async def sibling(name: str, delay: float) -> None:
    try:
        await asyncio.sleep(delay)
        log.append(name + " done")
    except asyncio.CancelledError:
        log.append(name + " cancelled")
        raise


async def main() -> None:
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sibling("fast", 0.001))
            tg.create_task(fails())
            tg.create_task(sibling("slow", 0.05))
    except* ValueError:
        log.append("caught")


asyncio.run(main())
print(log)
