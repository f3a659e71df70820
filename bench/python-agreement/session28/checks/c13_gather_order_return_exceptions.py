import asyncio

values: list[int] = []
errors = 0


async def work(n: int) -> int:
    await asyncio.sleep(0.001 * (5 - n))
    if n == 2:
        raise KeyError(n)
    return n * 10


async def main() -> None:
    global errors
    results = await asyncio.gather(*[work(n) for n in range(5)], return_exceptions=True)
    for r in results:
        if isinstance(r, Exception):
            errors += 1
            values.append(-1)
        else:
            values.append(r)


asyncio.run(main())
print(values, errors)
assert values == [0, 10, -1, 30, 40] and errors == 1
