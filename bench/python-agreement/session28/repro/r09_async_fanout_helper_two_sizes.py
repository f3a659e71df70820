# weft's own error ("does not load"): an async fan-out helper (`gather(*[...])` over `range(count)`) awaited with two sizes
import asyncio


async def double(n: int) -> int:
    await asyncio.sleep(0.001)
    return 2 * n


total = 0


async def fan(count: int) -> int:
    results = await asyncio.gather(*[double(n) for n in range(count)])
    return sum(results)


async def main() -> None:
    global total
    first = await fan(3)
    second = await fan(4)
    total = first + second


asyncio.run(main())
print(total)
assert total == 18
