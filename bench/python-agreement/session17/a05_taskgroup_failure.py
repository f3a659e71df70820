# no bug: a TaskGroup cancels the other tasks when one fails; the caller catches the ExceptionGroup with except*
import asyncio

cancelled = []
finished = []
error_count = 0


async def step(name: str, delay: float, fail: bool = False) -> None:
    try:
        await asyncio.sleep(delay)
        if fail:
            raise RuntimeError(f"{name} failed")
        finished.append(name)
    except asyncio.CancelledError:
        cancelled.append(name)
        raise


async def main() -> None:
    global error_count
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(step("fast", 0.001))
            tg.create_task(step("broken", 0.005, fail=True))
            tg.create_task(step("slow", 0.050))
    except* RuntimeError as group:
        error_count = len(group.exceptions)


asyncio.run(main())
print(f"finished={finished} cancelled={cancelled} errors={error_count}")
assert finished == ["fast"] and cancelled == ["slow"] and error_count == 1
