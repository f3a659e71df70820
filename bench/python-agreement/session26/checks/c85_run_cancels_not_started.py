import asyncio

log: list[str] = []


async def never_started() -> None:
    try:
        log.append("started")
        await asyncio.sleep(0.01)
    finally:
        log.append("cleanup")


async def main() -> None:
    asyncio.create_task(never_started())
    log.append("main end")


asyncio.run(main())
entries = len(log)
print(log)
