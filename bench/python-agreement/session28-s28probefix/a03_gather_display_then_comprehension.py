# One coroutine: a gather of two coroutine calls, then a gather of a comprehension of 3, then of 5
import asyncio


async def double(n: int) -> int:
    await asyncio.sleep(0.001 * n)
    return 2 * n


async def main() -> int:
    a = await asyncio.gather(double(1), double(2))
    b = await asyncio.gather(*[double(n) for n in range(3)])
    c = await asyncio.gather(*(double(n) for n in range(5)))
    return sum(a) + sum(b) + sum(c)


total = asyncio.run(main())
print(total)
assert total == 6 + 6 + 20
