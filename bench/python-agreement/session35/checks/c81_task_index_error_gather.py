"""A task indexes past a fixed list (IndexError) under gather(return_exceptions=True)."""
import asyncio

SLOTS = [1, 2]
values = []
errors = []


async def read(i):
    await asyncio.sleep(0)
    return SLOTS[i]


async def main():
    results = await asyncio.gather(read(0), read(5), read(1), return_exceptions=True)
    for r in results:
        if isinstance(r, IndexError):
            errors.append("IndexError")
        else:
            values.append(r)


asyncio.run(main())
print(values, errors)
