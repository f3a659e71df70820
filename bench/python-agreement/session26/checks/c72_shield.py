import asyncio

log: list[str] = []


async def commit() -> str:
    await asyncio.sleep(0.02)
    log.append("committed")
    return "ok"


async def main() -> None:
    inner = asyncio.ensure_future(commit())
    try:
        await asyncio.wait_for(asyncio.shield(inner), timeout=0.005)
    except asyncio.TimeoutError:
        log.append("timed out")
    log.append(await inner)


asyncio.run(main())
print(log)
