"""A dropped await: `await parse(text)` whose return is int(text)."""
import asyncio

caught = []
done = []


async def parse(text):
    await asyncio.sleep(0)
    return int(text)


async def main():
    for text in ("12", "twelve"):
        try:
            await parse(text)
            done.append(text)
        except ValueError:
            caught.append(text)


asyncio.run(main())
print(caught, done)
