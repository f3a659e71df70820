"""`asyncio.create_task(coro, name=...)` where nothing reads a task's name (session27/a05's form)."""
import asyncio

finished: list[str] = []


async def download(mirror: str, delay: float) -> str:
    await asyncio.sleep(delay)
    finished.append(mirror)
    return mirror


async def main() -> None:
    tasks = [asyncio.create_task(download(name, delay), name=f"dl-{name}") for name, delay in [("eu", 0.03), ("us", 0.01)]]
    for task in tasks:
        await task


asyncio.run(main())
print(finished)
