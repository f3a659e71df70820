# weft's own error ("does not load"): `sum(t.result() for t in first) + sum(t.result() for t in second)` over task lists of 3 and 4
import asyncio


async def double(n: int) -> int:
    await asyncio.sleep(0.001)
    return 2 * n


total = 0


async def main() -> None:
    global total
    first = [asyncio.create_task(double(n)) for n in range(3)]
    second = [asyncio.create_task(double(n)) for n in range(4)]
    for t in first:
        await t
    for t in second:
        await t
    total = sum(t.result() for t in first) + sum(t.result() for t in second)


asyncio.run(main())
print(total)
assert total == 18
