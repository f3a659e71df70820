# An async helper doing asyncio.as_completed over count tasks, awaited with 3, 2 and 4; a shared counter races
import asyncio

done = 0


async def step(n: int) -> int:
    await asyncio.sleep(0.001 * (3 - n % 3))
    return n


async def fan(count: int) -> int:
    global done
    total = 0
    for c in asyncio.as_completed([asyncio.create_task(step(n)) for n in range(count)]):
        v = await c
        total += v
        done += 1
    return total


async def main() -> int:
    a = await fan(3)
    b = await fan(2)
    c = await fan(4)
    return a + b + c


result = asyncio.run(main())
print(result, done)
assert result == 3 + 1 + 6
assert done == 9
