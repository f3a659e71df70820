# w01 rewritten as weft asks: the gather awaited in a coroutine of the file, that coroutine given to
# wait_for (one task more: one pass more than w01).
import asyncio

spins = 0
at_caught = -1


async def spinner():
    global spins
    for _ in range(12):
        spins += 1
        await asyncio.sleep(0)


async def slow(n):
    for _ in range(n):
        await asyncio.sleep(0)
    return n


async def bad(n):
    for _ in range(n):
        await asyncio.sleep(0)
    raise ValueError(n)


async def both():
    await asyncio.gather(slow(5), bad(1))


async def main():
    global at_caught
    asyncio.create_task(spinner())
    try:
        await asyncio.wait_for(both(), timeout=1)
    except ValueError:
        at_caught = spins
    await asyncio.sleep(0.01)


asyncio.run(main())
print(at_caught)
