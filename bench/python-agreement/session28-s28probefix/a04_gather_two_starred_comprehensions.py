# One gather of two starred comprehensions of different sizes, then another gather of 2
import asyncio

total = 0


async def double(n: int) -> int:
    await asyncio.sleep(0)
    return 2 * n


async def main() -> None:
    global total
    first = await asyncio.gather(*[double(n) for n in range(2)], *[double(n) for n in range(3)])
    second = await asyncio.gather(*[double(n) for n in range(2)])
    for v in first:
        total += v
    for v in second:
        total += v


asyncio.run(main())
print(total)
assert total == 2 + 6 + 2
