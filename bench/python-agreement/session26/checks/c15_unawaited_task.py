import asyncio

log: list[str] = []


async def side() -> None:
    log.append("side start")
    await asyncio.sleep(0.1)
    log.append("side end")


async def main() -> None:
    asyncio.create_task(side())
    await asyncio.sleep(0.01)
    log.append("main end")


asyncio.run(main())
entries = len(log)
print(log)
