import asyncio

seen: list[str] = []


async def job() -> None:
    seen.append(asyncio.current_task().get_name())


async def main() -> None:
    await asyncio.gather(job(), job())
    named = asyncio.create_task(job(), name="custom")
    await named


asyncio.run(main())
print(seen)
assert seen == ["Task-2", "Task-3", "custom"]
