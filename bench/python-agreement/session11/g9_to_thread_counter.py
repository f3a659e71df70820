"""asyncio.to_thread runs blocking increments on threads: they race."""
import asyncio

hits = 0


def record():
    global hits
    value = hits
    hits = value + 1


async def main():
    await asyncio.gather(*(asyncio.to_thread(record) for _ in range(3)))


asyncio.run(main())
print(hits)
