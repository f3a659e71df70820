# weft's own error ("does not load"): two `asyncio.as_completed([create_task(...) ...])` loops of different sizes
import asyncio


async def double(n: int) -> int:
    await asyncio.sleep(0.001)
    return 2 * n


total = 0


async def main() -> None:
    global total
    for c in asyncio.as_completed([asyncio.create_task(double(n)) for n in range(3)]):
        total += await c
    for c in asyncio.as_completed([asyncio.create_task(double(n)) for n in range(4)]):
        total += await c


asyncio.run(main())
print(total)
assert total == 18
