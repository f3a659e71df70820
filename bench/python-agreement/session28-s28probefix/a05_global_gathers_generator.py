# Two global lists from gathers of generators of 2 and 5 coroutines, and one display of 3
import asyncio

first: list = []
second: list = []
third: list = []


async def triple(n: int) -> int:
    await asyncio.sleep(0)
    return 3 * n


async def main() -> None:
    global first, second, third
    first = await asyncio.gather(*(triple(n) for n in range(2)))
    second = await asyncio.gather(*(triple(n) for n in range(5)))
    third = await asyncio.gather(triple(1), triple(2), triple(3))


asyncio.run(main())
print(first, second, third)
assert sum(first) + sum(second) + sum(third) == 3 + 30 + 18
