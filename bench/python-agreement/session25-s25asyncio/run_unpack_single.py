"""`outcome = asyncio.run(main())` then `a, b = outcome` (imported before this session)."""
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


outcome = asyncio.run(main())
a, b = outcome
print(a, b, hits)
