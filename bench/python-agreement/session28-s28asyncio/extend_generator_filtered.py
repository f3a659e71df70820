"""`extend` of a generator with a test and of a list comprehension, over the results of a gather."""
import asyncio

evens: list[int] = []
labels: list[str] = []


async def square(n: int) -> int:
    await asyncio.sleep(0.001 * (5 - n))
    return n * n


async def main() -> None:
    results = await asyncio.gather(*[square(n) for n in range(5)])
    evens.extend(r for r in results if r % 2 == 0)
    labels.extend([f"sq={r}" for r in results])


asyncio.run(main())
print(evens, labels)
assert evens == [0, 4, 16]
