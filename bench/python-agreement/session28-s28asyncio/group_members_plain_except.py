"""A plain `except ExceptionGroup as eg:` reads the group's exceptions in a `for` loop."""
import asyncio

failures: list[str] = []
count = 0


async def fetch(url: str, delay: float, broken: bool) -> str:
    await asyncio.sleep(delay)
    if broken:
        raise ConnectionError(f"{url} unreachable")
    return url


async def main() -> None:
    global count
    try:
        async with asyncio.TaskGroup() as tg:
            for url, delay, broken in [("/a", 0.004, True), ("/b", 0.001, False), ("/c", 0.2, True)]:
                tg.create_task(fetch(url, delay, broken))
    except ExceptionGroup as eg:
        count = len(eg.exceptions)
        for error in eg.exceptions:
            failures.append(f"{type(error).__name__}: {error}")


asyncio.run(main())
print(count, failures)
assert failures == ["ConnectionError: /a unreachable"]
