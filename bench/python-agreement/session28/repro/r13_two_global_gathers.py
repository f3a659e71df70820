# weft's own error ("does not load"): two `global` lists bound to `await asyncio.gather(...)` displays of 3 and 4 coroutines: `gathered` is already a local array of 3
import asyncio


async def double(n: int) -> int:
    await asyncio.sleep(0.001)
    return 2 * n


first: list[int] = []
second: list[int] = []


async def main() -> None:
    global first, second
    first = await asyncio.gather(double(1), double(2), double(3))
    second = await asyncio.gather(double(1), double(2), double(3), double(4))


asyncio.run(main())
total = sum(first) + sum(second)
print(total)
assert total == 32
