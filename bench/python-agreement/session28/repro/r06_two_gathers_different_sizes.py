# weft's own error ("does not load"): two `await asyncio.gather(*[...])` over comprehensions of different sizes in one coroutine
import asyncio


async def double(n: int) -> int:
    await asyncio.sleep(0.001)
    return 2 * n


total = 0


async def main() -> None:
    global total
    first = await asyncio.gather(*[double(n) for n in range(3)])
    second = await asyncio.gather(*[double(n) for n in range(4)])
    total = sum(first) + sum(second)


asyncio.run(main())
print(total)
assert total == 18
