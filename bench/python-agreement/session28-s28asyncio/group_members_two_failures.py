"""Two TaskGroup children fail at the same moment: `except*` takes both, in the order they ended."""
import asyncio

kinds: list[str] = []
messages: list[str] = []


async def check(name: str, delay: float, error: str) -> None:
    await asyncio.sleep(delay)
    if error == "value":
        raise ValueError(f"{name} bad value")
    if error == "key":
        raise KeyError(name)


async def main() -> None:
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(check("a", 0.01, "key"))
            tg.create_task(check("b", 0.01, "value"))
            tg.create_task(check("c", 0.002, ""))
    except* (ValueError, KeyError) as group:
        kinds.extend(type(e).__name__ for e in group.exceptions)
        messages.extend([str(e) for e in group.exceptions])


asyncio.run(main())
print(kinds, messages)
