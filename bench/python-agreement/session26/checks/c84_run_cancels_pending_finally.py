import asyncio

log: list[str] = []


async def background() -> None:
    log.append("bg start")
    try:
        await asyncio.sleep(10)
        log.append("bg end")
    except asyncio.CancelledError:
        log.append("bg cancelled")
        raise
    finally:
        log.append("bg cleanup")


async def main() -> None:
    asyncio.create_task(background())
    await asyncio.sleep(0.01)
    log.append("main end")


asyncio.run(main())
entries = len(log)
print(log)
