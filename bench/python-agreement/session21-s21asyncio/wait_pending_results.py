"""Wait for the first of three tasks, then await the two still pending for their results."""
import asyncio

first = []
rest = []


async def fetch(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    a = asyncio.create_task(fetch("a", 0.001))
    b = asyncio.create_task(fetch("b", 0.05))
    c = asyncio.create_task(fetch("c", 0.1))
    done, pending = await asyncio.wait([a, b, c], return_when=asyncio.FIRST_COMPLETED)
    for task in done:
        first.append(task.result())
    for task in pending:
        rest.append(await task)


if __name__ == "__main__":
    asyncio.run(main())
    assert first == ["a"]
    assert sorted(rest) == ["b", "c"]
    print(first, rest)
