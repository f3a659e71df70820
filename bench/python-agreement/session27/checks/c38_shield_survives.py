"""wait_for(shield(task)) times out but the shielded task runs to its end."""
import asyncio

log: list[str] = []


async def save() -> int:
    await asyncio.sleep(0.03)
    log.append("saved")
    return 7


async def main() -> None:
    task = asyncio.create_task(save())
    try:
        await asyncio.wait_for(asyncio.shield(task), timeout=0.01)
    except asyncio.TimeoutError:
        log.append("gave up waiting")
    value = await task
    log.append(f"value {value}")


asyncio.run(main())
print(log)
