import asyncio

log: list[str] = []


async def job(name: str) -> None:
    log.append(name + " start")
    try:
        await asyncio.sleep(0.01)
        log.append(name + " end")
    finally:
        log.append(name + " cleanup")


async def main() -> None:
    early = asyncio.create_task(job("early"))
    late = asyncio.create_task(job("late"))
    early.cancel()
    await asyncio.sleep(0.001)
    late.cancel()
    await asyncio.sleep(0.02)


asyncio.run(main())
entries = len(log)
print(log)
