"""Refused: the `try` around the group also runs a statement that may raise, so the handler's group
may be another's (a naked exception that `except*` wraps)."""
import asyncio

errors: list[str] = []
table = {"a": 1}


async def work(n: int) -> None:
    await asyncio.sleep(0.001 * n)
    if n == 2:
        raise KeyError(f"job {n}")


async def main() -> None:
    try:
        async with asyncio.TaskGroup() as tg:
            for n in range(3):
                tg.create_task(work(n))
        print(table["b"])
    except* KeyError as group:
        errors.extend(str(e) for e in group.exceptions)


asyncio.run(main())
print(errors)
