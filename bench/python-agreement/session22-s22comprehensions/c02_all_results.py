import asyncio


async def square(n):
    await asyncio.sleep(0.01 * (3 - n))
    return n * n


async def main():
    results = await asyncio.gather(*(square(i) for i in range(4)))
    small = all(r < 5 for r in results)
    print("all small:", small)
    print("any big:", any(r > 5 for r in results))
    squares = [r + 1 for r in results]
    assert squares == [1, 2, 5, 10]
    print("sum:", sum(squares), max(squares))


asyncio.run(main())
