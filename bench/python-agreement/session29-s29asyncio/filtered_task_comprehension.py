"""Tasks only for the items an `if` keeps, in a TaskGroup and in a gather."""
import asyncio

results: list[str] = []


async def check(name: str, size: int) -> int:
    await asyncio.sleep(0.001 * size)
    results.append(name)
    return size * 10


async def main() -> None:
    sizes = {"a": 3, "b": 0, "c": 1, "d": 2}
    async with asyncio.TaskGroup() as tg:
        kept = [tg.create_task(check(k, v)) for k, v in sizes.items() if v > 0]
    firsts = [t.result() for t in kept]
    odd = [asyncio.create_task(check(k * 2, v)) for k, v in sizes.items() if v % 2 == 1]
    values = await asyncio.gather(*odd)
    print(firsts, values)


asyncio.run(main())
print(f"results={results}")
assert results == ["c", "d", "a", "cc", "aa"]
