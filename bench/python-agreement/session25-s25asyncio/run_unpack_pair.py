"""`a, b = asyncio.run(main())` of a coroutine returning a tuple of two run-time numbers."""
import asyncio

hits = 0


async def bump(delay):
    global hits
    seen = hits
    await asyncio.sleep(delay)
    hits = seen + 1
    return seen


async def main():
    first = asyncio.create_task(bump(0.01))
    second = asyncio.create_task(bump(0.02))
    x = await first
    y = await second
    return x, y + 10


a, b = asyncio.run(main())
print(a, b, hits)
assert (a, b) == (0, 10)
