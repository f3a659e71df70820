"""A TaskGroup whose one task fails: the others are cancelled, cleanup runs in finally."""
import asyncio

cleaned = []
finished = []
error_names = []


async def step(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise ValueError(f"{name} failed")
        finished.append(name)
    finally:
        cleaned.append(name)


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(step("fast", 0.001))
            tg.create_task(step("broken", 0.005, fail=True))
            tg.create_task(step("slow", 0.05))
    except ExceptionGroup as eg:
        error_names.extend(type(e).__name__ for e in eg.exceptions)


if __name__ == "__main__":
    asyncio.run(main())
    cleaned.sort()
    assert finished == ["fast"]
    assert error_names == ["ValueError"]
