import asyncio

result = 0
log: list[str] = []


async def stubborn() -> int:
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append("swallowed")
    await asyncio.sleep(0.001)
    log.append("after")
    return 7


async def main() -> None:
    global result
    task = asyncio.create_task(stubborn())
    await asyncio.sleep(0.005)
    task.cancel()
    result = await task


asyncio.run(main())
print(result, log)
