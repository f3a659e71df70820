"""Breaking out of `async for` leaves the async generator suspended; its finally runs when it is closed."""
import asyncio

log: list[str] = []


async def rows():
    try:
        for i in range(5):
            await asyncio.sleep(0.001)
            yield i
    finally:
        log.append("closed")


async def main() -> None:
    async for r in rows():
        log.append(f"row{r}")
        if r == 1:
            break
    log.append("after loop")


asyncio.run(main())
print(log)
