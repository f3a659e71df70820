"""asyncio.timeout() whose body catches the CancelledError itself: no TimeoutError comes out."""
import asyncio

log: list[str] = []


async def stubborn() -> None:
    try:
        await asyncio.sleep(0.1)
        log.append("slept")
    except asyncio.CancelledError:
        log.append("swallowed")


async def main() -> None:
    try:
        async with asyncio.timeout(0.01):
            await stubborn()
            log.append("after body")
    except TimeoutError:
        log.append("timeout")
    log.append("end")


asyncio.run(main())
print(log)
