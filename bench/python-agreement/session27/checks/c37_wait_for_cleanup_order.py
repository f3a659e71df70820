"""wait_for's time-out cancels the inner coroutine: its finally runs before TimeoutError reaches us."""
import asyncio

log: list[str] = []


async def download() -> str:
    try:
        await asyncio.sleep(1)
        return "data"
    finally:
        log.append("cleanup")


async def main() -> None:
    try:
        await asyncio.wait_for(download(), timeout=0.01)
    except asyncio.TimeoutError:
        log.append("timeout")


asyncio.run(main())
print(log)
