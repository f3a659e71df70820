"""TaskGroup: one child fails, the siblings are cancelled, except* catches the ExceptionGroup."""
import asyncio

finished: list[str] = []
cancelled: list[str] = []
errors: list[str] = []


async def step(name: str, delay: float, fail: bool = False) -> None:
    try:
        await asyncio.sleep(delay)
        if fail:
            raise ConnectionError(f"{name} refused")
        finished.append(name)
    except asyncio.CancelledError:
        cancelled.append(name)
        raise


async def main() -> None:
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(step("cache", 0.005))
            tg.create_task(step("db", 0.01, fail=True))
            tg.create_task(step("search", 0.05))
    except* ConnectionError as group:
        errors.append(f"{len(group.exceptions)} refused")


asyncio.run(main())
print(f"finished={finished} cancelled={cancelled} errors={errors}")
assert finished == ["cache"] and cancelled == ["search"] and errors == ["1 refused"]
